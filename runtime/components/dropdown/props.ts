import { z } from 'zod';
import { optionSchema, optionValue } from '../shared/optionSchema';

export { optionSchema, optionValue };

export const dropdownProps = z.object({
  label: z.string().default(''),
  options: z.array(optionSchema).default(['Option A', 'Option B', 'Option C']),
  /** One option's value, or with `multi` the array of the chosen ones. */
  value: z.union([optionValue, z.array(optionValue)]).nullable().default(null),
  placeholder: z.string().default('Select…'),
  /** Several options at once: `value` is an array (a `select[multiple]`). */
  multi: z.boolean().default(false),
  /** A search box above the list that narrows the options shown. */
  searchable: z.boolean().default(false),
  /** A button that clears the choice (`null`, or `[]` with `multi`). */
  clearable: z.boolean().default(true),
  disabled: z.boolean().default(false),
});
export type DropdownProps = z.output<typeof dropdownProps>;
