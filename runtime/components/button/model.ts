import { z } from 'zod';
import { defineComponent } from '../model';

export const buttonModel = defineComponent({
  type: 'button',
  label: 'Button',
  icon: 'RectangleHorizontal',
  defaultSize: { w: 2, h: 1 },
  props: z.object({
    label: z.string().default('Button'),
    clicks: z.number().int().min(0).default(0),
  }),
  inputProps: ['clicks'],
  tsTypes: { label: 'string', clicks: 'number' },
  inspector: { clicks: { help: 'Number of clicks so far; a callback input' } },
});
