/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Day",
  "date": "2024-02-29",
  "minDate": "2024-01-01",
  "maxDate": "2024-12-31",
  "clearable": false,
  "disabled": false
};
