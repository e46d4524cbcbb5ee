/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "events": [
    { "id": "kickoff", "date": "2024-01-15", "label": "Kick-off" },
    { "id": "launch", "date": "2024-06-01", "label": "Launch" }
  ],
  "selected": "launch"
};
