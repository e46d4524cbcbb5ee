/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Year",
  "min": 1950,
  "max": 2020,
  "step": 5,
  "value": 1990,
  "updatemode": "mouseup",
  "dragValue": 1985
};
