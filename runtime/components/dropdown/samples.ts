/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Region",
  "options": [
    {
      "label": "Europe",
      "value": "eu"
    },
    "Asia",
    {
      "label": "Ten",
      "value": 10
    }
  ],
  "value": [
    10,
    "Asia"
  ],
  "placeholder": "Pick one",
  "multi": true,
  "searchable": true,
  "clearable": false,
  "disabled": false
};
