/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "items": [{ "key": "a", "label": "Alpha" }, { "key": "b", "label": "Beta" }],
  "columns": 2
};
