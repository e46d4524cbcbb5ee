/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Years",
  "min": 1950,
  "max": 2020,
  "step": 5,
  "value": [
    1960,
    2000
  ],
  "updatemode": "mouseup",
  "dragValue": [
    1965,
    2000
  ],
  "disabled": false
};
