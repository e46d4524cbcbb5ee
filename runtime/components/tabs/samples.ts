/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "tabs": [{ "name": "summary", "label": "Summary" }, { "name": "detail", "label": "Detail" }],
  "value": "detail"
};
