/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "label": "Sales file",
  "prompt": "Drop a CSV",
  "accept": ".csv,text/csv",
  "multiple": true,
  "maxSize": 1000000,
  "disabled": false,
  "files": [
    {
      "name": "a.csv",
      "size": 4,
      "type": "text/csv",
      "lastModified": 1700000000000,
      "dataUrl": "data:text/csv;base64,YQoxCg=="
    }
  ]
};
