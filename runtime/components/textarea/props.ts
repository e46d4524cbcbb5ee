import { z } from 'zod';

export const textareaProps = z.object({
  label: z.string().default(''),
  value: z.string().default(''),
  placeholder: z.string().default(''),
  /** Visible lines of text. */
  rows: z.number().int().min(1).default(4),
  /** Commit `value` this long after the last keystroke (0: at once); blur and Ctrl/Cmd+Enter commit at once. */
  debounceMs: z.number().int().min(0).default(0),
  disabled: z.boolean().default(false),
});
export type TextareaProps = z.output<typeof textareaProps>;
