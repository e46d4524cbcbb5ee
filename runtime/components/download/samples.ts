/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "data": {
    "filename": "report.csv",
    "content": "YSxiCjEsMgo=",
    "mimeType": "text/csv",
    "base64": true
  }
};
