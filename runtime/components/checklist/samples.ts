/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Toppings",
  "options": [
    "Cheese",
    {
      "label": "Two",
      "value": 2
    }
  ],
  "value": [
    2,
    "Cheese"
  ],
  "inline": true,
  "disabled": false
};
