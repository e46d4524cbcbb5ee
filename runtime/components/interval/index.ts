import { defineComponent } from '../define';
import { intervalProps } from './props';
import { IntervalView } from './view';

export default defineComponent({
  type: 'interval',
  label: 'Interval',
  icon: 'Timer',
  group: 'Utilities',
  description: 'Not drawn: counts ticks every intervalMs, up to maxTicks, to run callbacks on a timer (Dash dcc.Interval)',
  size: { w: 2, h: 1 },
  props: intervalProps,
  inputs: ['ticks'],
  nonVisual: true,
  inspector: {
    intervalMs: { label: 'Interval (ms)' },
    maxTicks: { label: 'Max ticks', help: 'Stops after this many ticks; -1 = no end' },
    ticks: { help: 'Ticks so far (Dash n_intervals); a callback input. Never ticks on the design canvas' },
  },
  View: IntervalView,
});
