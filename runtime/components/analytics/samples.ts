/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "provider": "http",
  "token": "abc123",
  "endpoint": "https://collect.example.com/events",
  "track": ["picker.value"],
  "identify": "uid",
  "eventName": "Filter changed",
  "sent": 3,
  "error": "the endpoint answered HTTP 503; retrying"
};
