import { z } from 'zod';
import { defineComponent } from '../define';

function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export default defineComponent({
  type: 'text',
  label: 'Text',
  icon: 'Type',
  group: 'Content',
  description: 'A line or paragraph of plain text',
  size: { w: 4, h: 2 },
  props: z.object({
    text: z.string().default('Text'),
  }),
  inputs: [],
  /** The root's text is the `text` prop (DESIGN §3). */
  View: ({ props }) => <div className="dw-text">{display(props.text)}</div>,
});
