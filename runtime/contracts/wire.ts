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

/** Whether a callback with `cache` took its result from the cache. */
export type CacheOutcome = 'hit' | 'miss';

/** A background callback the cascade started as a job (its outputs come later, from the job). */
export interface BackgroundJobRef {
  callback: string;
  /** Follow it at GET /_dashwright/jobs/<job>; cancel it with POST /_dashwright/jobs/<job>/cancel. */
  job: string;
}

export interface UpdateResponse {
  /** "id.prop" → new value, for every output the cascade changed. */
  updates: Record<string, unknown>;
  /** Callback ids that ran (or answered from their cache), in order. */
  ran: string[];
  errors: CallbackError[];
  /** Extension: milliseconds each callback took. */
  timings?: Record<string, number>;
  /** Extension: background callbacks started as jobs; present only when there are some. */
  background?: BackgroundJobRef[];
  /** Extension: callback id → cache hit or miss, for callbacks with `cache`; present only when there are some. */
  cache?: Record<string, CacheOutcome>;
}

/**
 * Extension, streamed updates: a request sent with `Accept: application/x-ndjson` is answered
 * as newline-delimited JSON: one `UpdatePartial` line as each server callback settles, then
 * the complete `UpdateResponse` as the last line (the same
 * object a plain request gets). A page can show a fast callback's outputs without waiting
 * for a slow one in the same cascade; it still makes one request.
 */
export interface UpdatePartial {
  partial: true;
  /** The outputs this callback changed (as in `updates` of the full response). */
  updates: Record<string, unknown>;
  /** The callback that settled (empty when it was prevented or failed before it ran). */
  ran: string[];
  errors: CallbackError[];
}

export const NDJSON_TYPE = 'application/x-ndjson';

export type JobState = 'running' | 'done' | 'error' | 'cancelled';

export interface JobProgress {
  /** 0…1 */
  fraction: number;
  message?: string;
}

/**
 * GET /_dashwright/jobs/<job>. A finished job ("done" or "error") carries the fields of an
 * update response for its one callback: `updates` (every output it set, named values included),
 * `ran`, `errors`, `timings`. A cancelled job carries none of them.
 */
export interface JobStatus {
  job: string;
  callback: string;
  state: JobState;
  /** The last ctx.progress report, while running. */
  progress?: JobProgress;
  updates?: Record<string, unknown>;
  ran?: string[];
  errors?: CallbackError[];
  timings?: Record<string, number>;
}

/** Counters of one callback since the server started. */
export interface CallbackStats {
  /** Times it actually ran (cache hits excluded). */
  runs: number;
  hits: number;
  misses: number;
  /** Duration of its last run, in ms (0 before the first). */
  lastMs: number;
}

/** GET /_dashwright/stats */
export interface StatsResponse {
  callbacks: Record<string, CallbackStats>;
}
