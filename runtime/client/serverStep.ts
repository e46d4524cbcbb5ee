import type { DependencyGraph } from '../graph';
import { isPatchUpdate } from '../contracts/patch';
import type { UpdatePartial, UpdateRequest } from '../contracts/wire';
import type { JobTracker } from './backgroundJobs';
import { firstStackLine } from './errors';
import { postUpdate, type FetchLike } from './requests';
import type { CascadeRecord } from './runtimeTypes';
import { serverReads } from './serverReads';
import { readKey, type RuntimeError, type RuntimeState } from './store';

/** What one server step needs of the page's runtime (runtime.ts). */
export interface ServerStepContext {
  fetch: FetchLike;
  baseUrl: string;
  state(): RuntimeState;
  /** "<repeat>.items" keys: sent with every request, so the server makes the same copies. */
  repeatItems(): Iterable<string>;
  jobs: JobTracker;
  report(error: Omit<RuntimeError, 'id'>, detail?: unknown): void;
  clearErrorsOf(ids: readonly string[]): void;
  /** Callback id → the cascade in which one of its outputs was last refused. */
  refusedIn(callback: string): number | undefined;
  /** A prop the server's callbacks set with ctx.setProps in this cascade (its consumers run after). */
  noteSetProp(record: CascadeRecord, key: string): void;
}

/**
 * One request for a batch of server callbacks (DESIGN §4): the props they read, the changed
 * ones, streamed answers passed to `onPartial` as they settle; records what ran, follows the
 * background jobs started and reports errors. Gives the "id.prop" updates of the answer.
 */
export async function runServerStep(
  ctx: ServerStepContext,
  g: DependencyGraph,
  ids: string[],
  changed: ReadonlySet<string>,
  initial: boolean,
  record: CascadeRecord,
  cascadeEpoch: number,
  onPartial: (partial: UpdatePartial) => void,
): Promise<Record<string, unknown>> {
  const now = ctx.state();
  const values: Record<string, unknown> = {};
  for (const key of [...serverReads(g, ids, (k) => readKey(now, k).found), ...ctx.repeatItems()]) {
    const { found, value } = readKey(now, key);
    if (found && value !== undefined) values[key] = value;
  }
  const inputs = new Set(ids.flatMap((id) => g.callbacks.get(id)!.inputs));
  const request: UpdateRequest = { changed: [...changed].filter((key) => inputs.has(key)), values, callbacks: ids };
  if (initial) request.initial = true;
  record.requests++;
  // Streamed: each callback's outputs show as it settles, not when the slowest one is done.
  const streamedPatches = new Set<string>();
  const result = await postUpdate(ctx.fetch, ctx.baseUrl, request, (partial) => {
    for (const [key, value] of Object.entries(partial.updates)) if (isPatchUpdate(value)) streamedPatches.add(key);
    onPartial(partial);
  });
  if (!result.ok) {
    ctx.report({ callback: ids.join(', '), message: `update request failed: ${result.message}`, source: 'network' });
    return {};
  }
  const { ran, timings, cache, background = [], errors } = result.value;
  for (const id of ran) record.ran.push({ callback: id, placement: 'server', ms: timings?.[id] ?? 0, ...(cache?.[id] ? { cache: cache[id] } : {}) });
  for (const err of errors) record.errors.push(err.callback);
  ctx.jobs.supersede(ran);
  for (const ref of background) {
    const node = g.callbacks.get(ref.callback);
    if (!node) continue;
    (record.background ??= []).push(ref.callback);
    const from = { seq: record.seq, epoch: cascadeEpoch, trigger: record.trigger };
    ctx.jobs.follow(ref, node, cache?.[ref.callback] ? { ...from, cache: cache[ref.callback] } : from);
  }
  const failed = new Set(errors.map((e) => e.callback));
  // An output refused from a streamed line of this very cascade is a failure too.
  ctx.clearErrorsOf(ran.filter((id) => !failed.has(id) && ctx.refusedIn(id) !== record.seq));
  for (const err of errors) ctx.report({ callback: err.callback, message: err.message, location: firstStackLine(err.stack), source: 'server' }, err.stack);
  const updates = result.value.updates;
  // The complete answer repeats what its streamed lines carried: a patch taken from one is not applied twice.
  for (const key of streamedPatches) if (isPatchUpdate(updates[key])) updates[key] = readKey(ctx.state(), key).value;
  for (const key of result.value.setProps ?? []) ctx.noteSetProp(record, key);
  return updates;
}
