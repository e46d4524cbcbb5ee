import type { CallbackNode } from '../graph';
import { errorHandlerOf, errorInfo } from '../graph/errorHandlers';
import type { LoadedApp } from './loadedApp';
import type { Invocation } from './worker/invocation';
import type { InvokeOutcome } from './worker/protocol';

/**
 * onError for background callbacks (DESIGN §4b): the job runs the handler right after the
 * callback fails, on the same queue (in-process or Redis) and pool, so a job's result is the
 * handler's. Plain data, so a queued job carries it to whichever instance runs it.
 */
export interface JobErrorHandler {
  /** The handler callback's id (its module). */
  handler: string;
  /** The failed callback's id, as the handler's error names it. */
  callback: string;
}

/** Outcomes a handler produced in place of a failure: not the callback's own, so never cached. */
const handledOutcomes = new WeakSet<object>();

export function wasHandled(outcome: InvokeOutcome): boolean {
  return handledOutcomes.has(outcome);
}

/** The handler a background call of `node` takes along, when it has one whose module was built for the server. */
export function jobErrorHandler(app: LoadedApp, node: CallbackNode): JobErrorHandler | undefined {
  const handler = errorHandlerOf(node.spec, app.compiled.project.onError);
  return handler !== undefined && Object.hasOwn(app.compiled.server, handler) ? { handler, callback: node.spec.id } : undefined;
}

/** Runs a job's call, then, if it failed (and was not stopped), its handler with `(error, ctx)`; the handler's outcome stands in for a failure it handled. */
export async function invokeHandled(invoke: (inv: Invocation) => Promise<InvokeOutcome>, inv: Invocation, onError: JobErrorHandler | undefined): Promise<InvokeOutcome> {
  const outcome = await invoke(inv);
  if (outcome.kind !== 'error' || !onError || inv.signal?.aborted) return outcome;
  const { onProgress: _progress, ...call } = inv;
  const handled = await invoke({ ...call, callback: onError.handler, args: { ...errorInfo(onError.callback, outcome) } });
  if (handled.kind === 'error') return { ...outcome, message: `${outcome.message} (and its onError handler "${onError.handler}" failed: ${handled.message})` };
  handledOutcomes.add(handled);
  return handled;
}
