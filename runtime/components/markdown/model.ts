import { z } from 'zod';
import { defineComponent } from '../model';

export const markdownModel = defineComponent({
  type: 'markdown',
  label: 'Markdown',
  icon: 'Pilcrow',
  defaultSize: { w: 6, h: 3 },
  props: z.object({
    source: z.string().default('## Heading\n\nSome *markdown* text.'),
  }),
  inputProps: [],
  tsTypes: { source: 'string' },
  inspector: { source: { editor: 'multiline' } },
});
