/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "figure": {
    "data": [
      {
        "type": "bar",
        "x": [
          "a",
          "b"
        ],
        "y": [
          1,
          2
        ]
      }
    ],
    "layout": {
      "title": {
        "text": "Set"
      }
    },
    "config": {
      "displayModeBar": false
    }
  },
  "clickData": {
    "points": [
      {
        "x": "a",
        "y": 1
      }
    ]
  },
  "selectedData": {
    "points": [
      {
        "x": "b",
        "y": 2
      }
    ]
  }
};
