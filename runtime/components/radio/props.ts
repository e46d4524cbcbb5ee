import { z } from 'zod';
import { optionSchema, optionValue } from '../shared/optionSchema';

export const radioProps = z.object({
  label: z.string().default(''),
  options: z.array(optionSchema).default(['Option A', 'Option B', 'Option C']),
  /** The chosen option's value; null when none is chosen. */
  value: optionValue.nullable().default(null),
  /** Options side by side instead of one per line. */
  inline: z.boolean().default(false),
  disabled: z.boolean().default(false),
});
export type RadioProps = z.output<typeof radioProps>;
