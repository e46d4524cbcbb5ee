import { z } from 'zod';
import { optionalDate } from '../shared/date';

export const datePickerProps = z.object({
  label: z.string().default(''),
  /** The chosen day as "YYYY-MM-DD", or null when the field is empty. */
  date: optionalDate,
  /** First and last day that can be picked ("YYYY-MM-DD"; null: no bound). */
  minDate: optionalDate,
  maxDate: optionalDate,
  /** A button that empties the field (date becomes null). */
  clearable: z.boolean().default(true),
  disabled: z.boolean().default(false),
});
export type DatePickerProps = z.output<typeof datePickerProps>;
