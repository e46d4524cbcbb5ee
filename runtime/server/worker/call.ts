import { inspect } from 'node:util';
import type { DataApi } from './data';
import { parseCsv } from '../../callbacks/csv';
import { baseContext, callOutcome, type BaseContext, type ErrorOutcome } from '../../contracts/callbackResult';
import { patternContext, type PatternContext } from '../../contracts/patternContext';
import { checkFraction, progressReporter, type ProgressSink } from './progress';
import type { InvokeMessage, InvokeOutcome } from './protocol';


export interface CallbackContext extends BaseContext, PatternContext {
  data: DataApi;
  /** CSV text or a data: URL (an upload's file) → rows, read as ctx.data.csv reads a file. */
  parseCsv(textOrDataUrl: string): Record<string, unknown>[];
  /**
   * Reports how far a background callback got (fraction 0…1, optional message); the page shows it
   * as a progress bar on the outputs. Does nothing in other callbacks.
   */
  progress(fraction: number, message?: string): void;
}

export type CallbackFunction = (args: Record<string, unknown>, ctx: CallbackContext) => unknown;

/**
 * Runs one callback with the DESIGN §2 semantics and turns its result into wire outputs. A
 * callback that returns a plain value settles without an extra turn of the microtask queue.
 */
export function callCallback(
  fn: CallbackFunction,
  msg: InvokeMessage,
  data: DataApi,
  mapStack: (stack: string) => string,
  onProgress?: ProgressSink,
): Promise<InvokeOutcome> {
  const reporter = msg.progress && onProgress ? progressReporter(onProgress) : undefined;
  const pattern = patternContext(msg.triggered, msg.match, msg.triggeredId);
  const ctx: CallbackContext = baseContext(msg.triggered, {
    triggeredId: pattern.triggeredId,
    match: pattern.match,
    data,
    parseCsv,
    progress: (fraction: number, message?: string) => {
      const checked = checkFraction(fraction);
      reporter?.report(checked, message);
    },
  });
  const thrown = (err: unknown): ErrorOutcome => errorOutcome(err, mapStack);
  let outcome: InvokeOutcome | Promise<InvokeOutcome>;
  try {
    outcome = callOutcome(() => fn(msg.args, ctx), msg.outputs, thrown, ctx);
  } catch (err) {
    reporter?.stop();
    return Promise.reject(err);
  }
  if (!(outcome instanceof Promise)) {
    reporter?.stop();
    return Promise.resolve(outcome);
  }
  return reporter ? outcome.finally(() => reporter.stop()) : outcome;
}

export function errorOutcome(err: unknown, mapStack: (stack: string) => string): ErrorOutcome {
  if (err instanceof Error) {
    const message = err.message || err.name;
    return typeof err.stack === 'string' ? { kind: 'error', message, stack: mapStack(err.stack) } : { kind: 'error', message };
  }
  return { kind: 'error', message: `the callback threw a non-Error value: ${safeString(err)}` };
}

/** What was thrown, readable however it is made: cyclic, with a throwing toString, huge. */
export function safeString(value: unknown): string {
  if (typeof value === 'string') return value.length > 1000 ? `${value.slice(0, 1000)}…` : value;
  try {
    const text = inspect(value, { depth: 3, maxArrayLength: 20, maxStringLength: 200, breakLength: Infinity, customInspect: false, getters: false });
    return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
