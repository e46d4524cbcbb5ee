import { z } from 'zod';
import { defineComponent } from '../model';

export const textModel = defineComponent({
  type: 'text',
  label: 'Text',
  icon: 'Type',
  defaultSize: { w: 4, h: 2 },
  props: z.object({
    text: z.string().default('Text'),
  }),
  inputProps: [],
  tsTypes: { text: 'string' },
});
