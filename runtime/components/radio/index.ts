import { defineComponent } from '../define';
import { radioProps } from './props';
import { RadioView } from './view';

export default defineComponent({
  type: 'radio',
  label: 'Radio',
  icon: 'CircleDot',
  group: 'Inputs',
  description: 'Pick exactly one of a few options (Dash dcc.RadioItems)',
  size: { w: 3, h: 3 },
  props: radioProps,
  inputs: ['value'],
  inspector: {
    options: { editor: 'json', help: 'Strings or {"label", "value"} objects' },
    inline: { label: 'Side by side' },
  },
  View: RadioView,
});
