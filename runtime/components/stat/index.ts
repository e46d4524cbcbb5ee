import { defineComponent } from '../define';
import { statProps } from './props';
import { StatView } from './view';

export default defineComponent({
  type: 'stat',
  label: 'Stat',
  icon: 'TrendingUp',
  group: 'Data',
  description: 'A KPI card: label, a big formatted number and its change in green or red (like dash-bootstrap cards)',
  size: { w: 3, h: 3 },
  props: statProps,
  inputs: [],
  inspector: {
    value: { help: 'A number (shown through format) or text' },
    format: { help: 'd3-format: ",.0f" → 1,235 · "$.2s" → $1.2M · ".1%" → 12.5%; empty: up to two decimals' },
    delta: { help: 'The change to show (null: none); its sign picks the arrow' },
    deltaFormat: { label: 'Delta format', help: 'd3-format of the delta: "+.1%" for a fraction, "+,.0f" for units' },
    trend: { help: 'Colour of the delta: auto by its sign (a rise is good), or always green (up) or red (down)' },
    caption: { help: 'A note after the delta, e.g. "vs last month"' },
  },
  View: StatView,
});
