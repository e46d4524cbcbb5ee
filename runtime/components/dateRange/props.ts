import { z } from 'zod';
import { optionalDate } from '../shared/date';

export const dateRangeProps = z.object({
  label: z.string().default(''),
  /** First day of the range, "YYYY-MM-DD" or null. */
  startDate: optionalDate,
  /** Last day of the range (never before startDate), "YYYY-MM-DD" or null. */
  endDate: optionalDate,
  /** First and last day that can be picked ("YYYY-MM-DD"; null: no bound). */
  minDate: optionalDate,
  maxDate: optionalDate,
  /** A button that empties both fields. */
  clearable: z.boolean().default(true),
  disabled: z.boolean().default(false),
});
export type DateRangeProps = z.output<typeof dateRangeProps>;
