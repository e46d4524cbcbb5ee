import { defineComponent } from '../define';
import { rangeSliderProps } from './props';
import { RangeSliderView } from './view';

export default defineComponent({
  type: 'rangeSlider',
  label: 'Range',
  icon: 'MoveHorizontal',
  group: 'Inputs',
  description: 'Pick a low and a high number in a range (Dash dcc.RangeSlider)',
  size: { w: 4, h: 2 },
  props: rangeSliderProps,
  inputs: ['value', 'dragValue'],
  inspector: {
    value: { editor: 'json', help: '[low, high], e.g. [2, 8]' },
    updatemode: { label: 'Update value', help: '"mouseup": callbacks on value run once, when a thumb is let go; dragValue follows the thumbs meanwhile' },
    dragValue: { hidden: true },
  },
  View: RangeSliderView,
});
