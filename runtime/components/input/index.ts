import { defineComponent } from '../define';
import { inputProps } from './props';
import { InputView } from './view';

export default defineComponent({
  type: 'input',
  label: 'Input',
  icon: 'TextCursorInput',
  group: 'Inputs',
  description: 'A line of text or a number (Dash dcc.Input)',
  size: { w: 3, h: 2 },
  props: inputProps,
  inputs: ['value'],
  View: InputView,
});
