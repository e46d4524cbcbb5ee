import type { PatternId, PatternIndex } from '../../schema/project';
import type { CallbackOutcome, ErrorOutcome } from '../../contracts/callbackResult';

/** Messages between the worker pool (main thread) and a callback worker. Plain data only. */

export interface CompiledModule {
  /** ES module text produced by esbuild (bundled, no source map comment). */
  code: string;
  /** Source map JSON whose sources are project-relative paths such as callbacks/double.ts. */
  map: string;
  /** Straight-line code that runs in bounded time (see boundedCallback.ts): the server may run it on its event loop. */
  bounded?: boolean;
  /** The bound on its work that boundedCallback.ts proved; without it the module runs in a worker. */
  boundedWork?: number;
}

export interface LoadMessage {
  type: 'load';
  revision: string;
  modules: Record<string, CompiledModule>;
  /** Absolute path of the project's data/ folder, if the app has one. */
  dataDir?: string;
  /** Callbacks not to load, with the error to report instead (e.g. top-level code that hung). */
  broken: Record<string, string>;
}

export interface InvokeMessage {
  type: 'invoke';
  seq: number;
  revision: string;
  callback: string;
  /** Inputs and state keyed by their `as` names. */
  args: Record<string, unknown>;
  triggered: string[];
  /** `as` names of the outputs, in declaration order. */
  outputs: string[];
  /** Report ctx.progress calls (background callbacks); without it ctx.progress does nothing. */
  progress?: boolean;
  /** Pattern callbacks (DESIGN §4b): this instance's MATCH index (ctx.match) and the pattern id that fired (ctx.triggeredId). */
  match?: PatternIndex;
  triggeredId?: PatternId;
}

/** Several calls dispatched in the same turn, run in this order. */
export interface InvokeBatch {
  type: 'invokes';
  calls: InvokeMessage[];
}

export type ToWorker = LoadMessage | InvokeMessage | InvokeBatch;

/** A call's outcome (runtime/contracts/callbackResult.ts); `reason`: the call was stopped at its time or memory limit (counted in /metrics; not sent to the page). */
export type InvokeOutcome = Exclude<CallbackOutcome, ErrorOutcome> | (ErrorOutcome & { reason?: 'timeout' | 'memory' });

export type FromWorker =
  | { type: 'ready' }
  /** Sent before importing each module, so a module whose top-level code hangs can be named. */
  | { type: 'loading'; revision: string; callback: string }
  | { type: 'loaded'; revision: string }
  | { type: 'result'; seq: number; outcome: InvokeOutcome }
  /** ctx.progress(fraction, message) of the invocation `seq` (throttled by the worker). */
  | { type: 'progress'; seq: number; fraction: number; message?: string }
  | { type: 'log'; line: string };

/** A stack frame location V8 prints for a loaded callback module: see sourceUrlOf. */
export const SOURCE_URL_PREFIX = 'dashwright-callback/';

export function sourceUrlOf(callbackId: string): string {
  return `${SOURCE_URL_PREFIX}${callbackId}.js`;
}
