import { z } from 'zod';

/** Wire protocol v1 (DESIGN.md §4). Extensions are optional fields only. */
export const updateRequestSchema = z.object({
  /** "id.prop" keys that changed; empty on the initial load. */
  changed: z.array(z.string()),
  /** Current value of every prop the cascade's server callbacks read. */
  values: z.record(z.string(), z.unknown()).default({}),
  /** Extension: run the initial-load cascade (every callback without preventInitialCall). */
  initial: z.boolean().optional(),
  /** Extension: restrict the cascade to these server callbacks (the client batches around client callbacks). */
  callbacks: z.array(z.string()).optional(),
});

export type UpdateRequest = z.infer<typeof updateRequestSchema>;

export interface CallbackError {
  callback: string;
  message: string;
  /** Stack with frames mapped to callbacks/<id>.ts lines. */
  stack?: string;
}

export interface UpdateResponse {
  /** "id.prop" → new value, for every output the cascade changed. */
  updates: Record<string, unknown>;
  /** Callback ids that ran, in order. */
  ran: string[];
  errors: CallbackError[];
  /** Extension: milliseconds each callback took. */
  timings?: Record<string, number>;
}
