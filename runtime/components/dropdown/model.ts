import { z } from 'zod';
import { defineComponent } from '../model';

const optionValue = z.union([z.string(), z.number()]);
export const dropdownOption = z.union([z.string(), z.object({ label: z.string(), value: optionValue })]);

export const dropdownModel = defineComponent({
  type: 'dropdown',
  label: 'Dropdown',
  icon: 'ChevronDownSquare',
  defaultSize: { w: 3, h: 2 },
  props: z.object({
    label: z.string().default(''),
    options: z.array(dropdownOption).default(['Option A', 'Option B', 'Option C']),
    value: optionValue.nullable().default(null),
    placeholder: z.string().default('Select…'),
  }),
  inputProps: ['value'],
  tsTypes: {
    label: 'string',
    options: 'Array<string | { label: string; value: string | number }>',
    value: 'string | number | null',
    placeholder: 'string',
  },
  inspector: { options: { editor: 'json', help: 'Strings or {"label", "value"} objects' } },
});
