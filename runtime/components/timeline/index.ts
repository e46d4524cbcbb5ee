import { defineComponent } from '../define';
import { timelineProps } from './props';
import { TimelineView } from './view';

export default defineComponent({
  type: 'timeline',
  label: 'Timeline',
  icon: 'Timeline',
  group: 'Inputs',
  description: 'Dated events on a horizontal axis; the selected one is an input (click or arrow keys)',
  size: { w: 8, h: 3 },
  props: timelineProps,
  inputs: ['selected'],
  inspector: {
    events: { editor: 'json', help: '[{ "id", "date": "2024-03-01", "label" }]: shown in date order' },
    selected: { help: 'The selected event\'s id; a callback input, set by a click or the arrow keys' },
  },
  View: TimelineView,
});
