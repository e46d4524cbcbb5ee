import { z } from 'zod';
import { defineComponent } from '../model';

export const inputModel = defineComponent({
  type: 'input',
  label: 'Input',
  icon: 'TextCursorInput',
  defaultSize: { w: 3, h: 2 },
  props: z.object({
    label: z.string().default(''),
    value: z.union([z.string(), z.number()]).nullable().default(''),
    placeholder: z.string().default(''),
    inputType: z.enum(['text', 'number']).default('text'),
    debounceMs: z.number().int().min(0).default(0),
  }),
  inputProps: ['value'],
  tsTypes: {
    label: 'string',
    value: 'string | number | null',
    placeholder: 'string',
    inputType: '"text" | "number"',
    debounceMs: 'number',
  },
});
