import { z } from 'zod';
import { defineComponent } from '../define';

export default defineComponent({
  type: 'button',
  label: 'Button',
  icon: 'RectangleHorizontal',
  group: 'Inputs',
  description: 'Counts its clicks (Dash n_clicks)',
  size: { w: 2, h: 1 },
  props: z.object({
    label: z.string().default('Button'),
    clicks: z.number().int().min(0).default(0),
  }),
  inputs: ['clicks'],
  inspector: { clicks: { help: 'Number of clicks so far; a callback input' } },
  /** A native button; each click adds one to `clicks`. */
  View: ({ props, setProp, mode }) => (
    <button type="button" className="dw-button" tabIndex={mode === 'design' ? -1 : undefined} onClick={() => setProp('clicks', props.clicks + 1)}>
      {props.label}
    </button>
  ),
});
