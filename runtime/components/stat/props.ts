import { z } from 'zod';

export const statProps = z.object({
  label: z.string().default('Metric'),
  /** A number is shown through `format`; a string as it is; null as a dash (no data yet). */
  value: z.union([z.number(), z.string()]).nullable().default(0),
  /** A d3-format specifier for a number value: ",.0f" → 1,235; "$.2s" → $1.2M; ".1%" → 12.5%. Empty: up to two decimals with thousands separators. */
  format: z.string().default(''),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
  /** The change to show under the value (null: none); its sign picks the arrow. */
  delta: z.number().nullable().default(null),
  /** d3-format specifier of the delta: "+.1%" for a fraction, "+,.0f" for units. */
  deltaFormat: z.string().default('+,.2~f'),
  /** Colour of the delta: "up" green, "down" red, "auto" by its sign (a rise is good). */
  trend: z.enum(['auto', 'up', 'down']).default('auto'),
  /** A short note after the delta, e.g. "vs last month". */
  caption: z.string().default(''),
});
export type StatProps = z.output<typeof statProps>;
