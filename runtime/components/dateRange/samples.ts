/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Period",
  "startDate": "2024-03-01",
  "endDate": "2024-03-31",
  "minDate": "2023-01-01",
  "maxDate": null,
  "clearable": false,
  "disabled": true
};
