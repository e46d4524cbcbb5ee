/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Run again",
  "clicks": 0
};
