/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "src": "https://cdn.example.com/widget.js",
  "when": "demand",
  "load": false,
  "loaded": true,
  "error": "could not load widget.js"
};
