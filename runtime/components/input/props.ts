import { z } from 'zod';

export const inputProps = z.object({
  label: z.string().default(''),
  value: z.union([z.string(), z.number()]).nullable().default(''),
  placeholder: z.string().default(''),
  inputType: z.enum(['text', 'number']).default('text'),
  /** Commit `value` this long after the last keystroke (0: at once); Enter and blur commit at once. */
  debounceMs: z.number().int().min(0).default(0),
});
export type InputProps = z.output<typeof inputProps>;
