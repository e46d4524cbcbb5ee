import { z } from 'zod';
import { optionSchema, optionValue } from '../shared/optionSchema';

export const checklistProps = z.object({
  label: z.string().default(''),
  options: z.array(optionSchema).default(['Option A', 'Option B', 'Option C']),
  /** The checked options' values, in the order they were checked (as Dash keeps them). */
  value: z.array(optionValue).default([]),
  /** Options side by side instead of one per line. */
  inline: z.boolean().default(false),
  disabled: z.boolean().default(false),
});
export type ChecklistProps = z.output<typeof checklistProps>;
