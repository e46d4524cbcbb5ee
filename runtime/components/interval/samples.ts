/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "intervalMs": 2500,
  "maxTicks": 10,
  "disabled": true,
  "ticks": 4
};
