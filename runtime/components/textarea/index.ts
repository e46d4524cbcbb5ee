import { defineComponent } from '../define';
import { textareaProps } from './props';
import { TextareaView } from './view';

export default defineComponent({
  type: 'textarea',
  label: 'Text area',
  icon: 'AlignLeft',
  group: 'Inputs',
  description: 'Several lines of text (Dash dcc.Textarea)',
  size: { w: 4, h: 4 },
  props: textareaProps,
  inputs: ['value'],
  inspector: {
    value: { editor: 'multiline' },
    debounceMs: { label: 'Debounce (ms)', help: 'Wait this long after the last keystroke; blur and Ctrl/Cmd+Enter commit at once' },
  },
  View: TextareaView,
});
