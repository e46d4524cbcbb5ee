/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "data": {
    "rows": [
      1,
      "two",
      null,
      {
        "ok": true
      }
    ]
  },
  "storage": "session"
};
