/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Revenue",
  "value": 1234567,
  "format": "$.3s",
  "prefix": "",
  "suffix": " / yr",
  "delta": 0.042,
  "deltaFormat": "+.1%",
  "trend": "auto",
  "caption": "vs last year"
};
