import { z } from 'zod';

export const intervalProps = z.object({
  /** Time between ticks in ms (Dash's interval). */
  intervalMs: z.number().int().min(10).default(1000),
  /** Ticks after which it stops; -1 = no end (Dash's max_intervals). */
  maxTicks: z.number().int().min(-1).default(-1),
  disabled: z.boolean().default(false),
  /** Ticks so far (Dash's n_intervals); a callback may set it back to 0. */
  ticks: z.number().int().min(0).default(0),
});
export type IntervalProps = z.output<typeof intervalProps>;
