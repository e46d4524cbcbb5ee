/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "pathname": "/second-page",
  "search": "?region=north",
  "hash": "#top",
  "replace": true
};
