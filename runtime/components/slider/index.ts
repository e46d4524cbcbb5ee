import { defineComponent } from '../define';
import { sliderProps } from './props';
import { SliderView } from './view';

export default defineComponent({
  type: 'slider',
  label: 'Slider',
  icon: 'SlidersHorizontal',
  group: 'Inputs',
  description: 'Pick a number in a range (Dash dcc.Slider)',
  size: { w: 4, h: 2 },
  props: sliderProps,
  inputs: ['value', 'dragValue'],
  inspector: {
    updatemode: { label: 'Update value', help: '"mouseup": callbacks on value run once, when the thumb is let go; dragValue follows the thumb meanwhile' },
    dragValue: { hidden: true },
  },
  View: SliderView,
});
