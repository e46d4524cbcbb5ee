/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Second page",
  "href": "/second-page",
  "refresh": true,
  "newTab": true
};
