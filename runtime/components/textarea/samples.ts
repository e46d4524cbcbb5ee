/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Notes",
  "value": "line one\nline two",
  "placeholder": "Write…",
  "rows": 6,
  "debounceMs": 400,
  "disabled": false
};
