import { z } from 'zod';
import { cacheOutcomeSchema } from './wire';

/**
 * Every message between the editor and its preview frame (window.postMessage), by name. The
 * receiving side parses with these schemas: other tools post messages to the same windows.
 */

export const callbackRunSchema = z.object({
  callback: z.string(),
  placement: z.enum(['server', 'client']),
  /** Server: the worker's own time. */
  ms: z.number(),
  /** For callbacks with a cache (a hit took no run). */
  cache: cacheOutcomeSchema.optional(),
  /** The run of a finished background job. */
  background: z.boolean().optional(),
});
export type CallbackRun = z.infer<typeof callbackRunSchema>;

/** One finished cascade of the page's runtime, as the dev tools show it. */
export const cascadeRecordSchema = z.object({
  seq: z.number(),
  initial: z.boolean().default(false),
  /** "id.prop" keys that set it off (empty on the initial load). */
  trigger: z.array(z.string()),
  startedAt: z.number(),
  ms: z.number(),
  /** Callbacks that ran, in order, with where and how long. */
  ran: z.array(callbackRunSchema),
  /** Background callbacks this cascade started as jobs; each reports a record of its own when it ends. */
  background: z.array(z.string()).optional(),
  /** Round trips to the server. */
  requests: z.number(),
  /** Ids of the callbacks that failed. */
  errors: z.array(z.string()),
});
export type CascadeRecord = z.infer<typeof cascadeRecordSchema>;

export const previewMessages = {
  /** Editor → preview: refetch the spec and rerun the initial load, keeping the user's values. */
  'dashwright:reload': z.object({}),
  /** Preview → editor: a cascade finished. */
  'dashwright:cascade': z.object({ record: cascadeRecordSchema }),
  /**
   * Preview → editor: component props the running app changed (id → prop → value) since the
   * last such message; `reset`: the spec was (re)loaded, forget the earlier ones. The design
   * canvas shows them, marked, without saving them.
   */
  'dashwright:values': z.object({ reset: z.boolean(), values: z.record(z.string(), z.record(z.string(), z.unknown())) }),
  /** Preview → editor: the page listens now (the editor answers with its theme). */
  'dashwright:ready': z.object({}),
  /** Editor → preview: the editor's own light or dark theme, which a project without a theme mode of its own follows there. */
  'dashwright:theme': z.object({ mode: z.enum(['light', 'dark']) }),
  /** Editor → preview: show this page of the app (the canvas's page switch), without a new history entry. */
  'dashwright:navigate': z.object({ path: z.string() }),
  /** Preview → editor: the page the app shows now, after a link, back or forward in it (the canvas follows). */
  'dashwright:page': z.object({ path: z.string() }),
  /** Preview → editor: the error overlay's "open this callback's code". */
  'dashwright:open-callback': z.object({ callback: z.string() }),
} as const;

export type PreviewMessageType = keyof typeof previewMessages;
export type PreviewMessage<T extends PreviewMessageType> = { type: T } & z.infer<(typeof previewMessages)[T]>;

/** The message to post. */
export function previewMessage<T extends PreviewMessageType>(type: T, body: z.input<(typeof previewMessages)[T]>): PreviewMessage<T> {
  return { ...body, type } as PreviewMessage<T>;
}

/** `data` as a message of this type, or null for anything else. */
export function parsePreviewMessage<T extends PreviewMessageType>(type: T, data: unknown): PreviewMessage<T> | null {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== type) return null;
  const parsed = previewMessages[type].safeParse(data);
  return parsed.success ? ({ ...parsed.data, type } as PreviewMessage<T>) : null;
}
