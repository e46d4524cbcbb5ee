/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Name",
  "value": "Ada",
  "placeholder": "Your name",
  "inputType": "number",
  "debounceMs": 250
};
