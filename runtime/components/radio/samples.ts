/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Size",
  "options": [
    {
      "label": "Small",
      "value": "s"
    },
    "Large",
    {
      "label": "Ten",
      "value": 10
    }
  ],
  "value": 10,
  "inline": true,
  "disabled": true
};
