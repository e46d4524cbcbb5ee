import { z } from 'zod';

/**
 * Wire protocol v1 (DESIGN.md §4), both directions. An update value may be a patch,
 * `{ "$patch": [op, …] }` (patch.ts): the receiver applies it to the prop's current value. Extensions are optional fields only; every
 * object is loose, so fields a newer peer adds pass through an older one's parse.
 */
export const updateRequestSchema = z.looseObject({
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

export const callbackErrorSchema = z.looseObject({
  callback: z.string(),
  message: z.string(),
  /** Stack with frames mapped to callbacks/<id>.ts lines. */
  stack: z.string().optional(),
});

export type CallbackError = z.infer<typeof callbackErrorSchema>;

/** Whether a callback with `cache` took its result from the cache. */
export const cacheOutcomeSchema = z.enum(['hit', 'miss']);
export type CacheOutcome = z.infer<typeof cacheOutcomeSchema>;

/** A background callback the cascade started as a job (its outputs come later, from the job). */
export const backgroundJobRefSchema = z.looseObject({
  callback: z.string(),
  /** Follow it at GET /_dashwright/jobs/<job>; cancel it with POST /_dashwright/jobs/<job>/cancel. */
  job: z.string(),
});
export type BackgroundJobRef = z.infer<typeof backgroundJobRefSchema>;

const updates = z.record(z.string(), z.unknown());
const timings = z.record(z.string(), z.number());

export const updateResponseSchema = z.looseObject({
  /** "id.prop" → new value, for every output the cascade changed. */
  updates,
  /** Callback ids that ran (or answered from their cache), in order. */
  ran: z.array(z.string()).default([]),
  errors: z.array(callbackErrorSchema).default([]),
  /** Extension: milliseconds each callback took. */
  timings: timings.optional(),
  /** Extension: background callbacks started as jobs; present only when there are some. */
  background: z.array(backgroundJobRefSchema).optional(),
  /** Extension: callback id → cache hit or miss, for callbacks with `cache`; present only when there are some. */
  cache: z.record(z.string(), cacheOutcomeSchema).optional(),
  /** Extension: keys of `updates` set with ctx.setProps (the page then runs the callbacks that take them as inputs); present only when there are some. */
  setProps: z.array(z.string()).optional(),
});

export type UpdateResponse = z.infer<typeof updateResponseSchema>;

/**
 * Extension, streamed updates: a request sent with `Accept: application/x-ndjson` is answered
 * as newline-delimited JSON: one `UpdatePartial` line as each server callback settles, then
 * the complete `UpdateResponse` as the last line (the same object a plain request gets). A page
 * can show a fast callback's outputs without waiting for a slow one in the same cascade; it
 * still makes one request.
 */
export const updatePartialSchema = z.looseObject({
  partial: z.literal(true),
  /** The outputs this callback changed (as in `updates` of the full response). */
  updates,
  /** The callback that settled (empty when it was prevented or failed before it ran). */
  ran: z.array(z.string()).default([]),
  errors: z.array(callbackErrorSchema).default([]),
});

export type UpdatePartial = z.infer<typeof updatePartialSchema>;

export const NDJSON_TYPE = 'application/x-ndjson';

export const jobStateSchema = z.enum(['running', 'done', 'error', 'cancelled']);
export type JobState = z.infer<typeof jobStateSchema>;

export const jobProgressSchema = z.looseObject({
  /** 0…1 */
  fraction: z.number(),
  message: z.string().optional(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

/**
 * GET /_dashwright/jobs/<job>. A finished job ("done" or "error") carries the fields of an
 * update response for its one callback: `updates` (every output it set, named values included),
 * `ran`, `errors`, `timings`. A cancelled job carries none of them.
 */
export const jobStatusSchema = z.looseObject({
  job: z.string(),
  callback: z.string(),
  state: jobStateSchema,
  /** The last ctx.progress report, while running. */
  progress: jobProgressSchema.optional(),
  updates: updates.optional(),
  ran: z.array(z.string()).optional(),
  errors: z.array(callbackErrorSchema).optional(),
  timings: timings.optional(),
  /** Keys of `updates` the job set with ctx.setProps, when it set some. */
  setProps: z.array(z.string()).optional(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** Counters of one callback since the server started. */
export const callbackStatsSchema = z.looseObject({
  /** Times it actually ran (cache hits excluded). */
  runs: z.number(),
  hits: z.number(),
  misses: z.number(),
  /** Duration of its last run, in ms (0 before the first). */
  lastMs: z.number(),
});
export type CallbackStats = z.infer<typeof callbackStatsSchema>;

/** GET /_dashwright/stats */
export const statsResponseSchema = z.looseObject({
  callbacks: z.record(z.string(), callbackStatsSchema),
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;
