import type { PatternId, PatternIndex } from '../schema/project';
import type { CallbackNode } from '../graph';
import { argBindings, assembleArgs } from '../graph/callArgs';
import { patternContext, type PatternContext } from '../contracts/patternContext';
import { baseContext, callOutcome, type BaseContext, type CallbackOutcome, type ErrorOutcome } from '../contracts/callbackResult';
import { parseCsv } from '../callbacks/csv';

export interface ClientCallbackContext extends BaseContext, PatternContext {
  /** Server-only: reading it throws a clear error. */
  readonly data: never;
  /** CSV text or a data: URL (an upload's file) → rows, read as ctx.data.csv reads a file on the server. */
  parseCsv(textOrDataUrl: string): Record<string, unknown>[];
}

export type ClientCallback = (args: Record<string, unknown>, ctx: ClientCallbackContext) => unknown;
export type ClientCallbackTable = Readonly<Record<string, ClientCallback>>;

/** The callbacks module's default export: callback id → function. */
export async function loadClientCallbacks(url: string, importModule: (url: string) => Promise<unknown>): Promise<ClientCallbackTable> {
  const mod = await importModule(url);
  const table = mod && typeof mod === 'object' ? (mod as { default?: unknown }).default : undefined;
  if (!table || typeof table !== 'object') throw new Error(`${url} has no default export mapping callback ids to functions`);
  return table as ClientCallbackTable;
}

/** A pattern callback's instance (DESIGN §4b): its MATCH index and the pattern id that fired. */
export interface PatternCall {
  match?: PatternIndex;
  triggeredId?: PatternId;
}

/** The ctx a client callback gets (in the page, or in the callback worker). */
export function callbackContext(callbackId: string, triggered: string[], pattern: PatternCall = {}): ClientCallbackContext {
  const { triggeredId, match } = patternContext(triggered, pattern.match, pattern.triggeredId);
  return Object.defineProperty(baseContext(triggered, { parseCsv, triggeredId, match }), 'data', {
    enumerable: true,
    get(): never {
      throw new Error(
        `ctx.data is only available in server callbacks; "${callbackId}" runs in the browser (placement "client"). ` +
          'Make it a server callback, or read the data in a server callback and pass it in as an input.',
      );
    },
  }) as ClientCallbackContext;
}

/** What a client callback threw, as an error outcome (its stack is mapped to callbacks/<id>.ts later, in the page). */
export function clientThrown(err: unknown): ErrorOutcome {
  const error = err instanceof Error ? err : new Error(String(err));
  return error.stack ? { kind: 'error', message: error.message, stack: error.stack } : { kind: 'error', message: error.message };
}

/** Runs one client callback: `args` keyed by argName of inputs and state, `outputs` the `as` names of its outputs. */
export function runClientCallback(
  callbackId: string,
  fn: ClientCallback | undefined,
  args: Record<string, unknown>,
  triggered: string[],
  outputs: readonly string[],
  pattern: PatternCall = {},
): Promise<CallbackOutcome> {
  if (typeof fn !== 'function') return Promise.resolve({ kind: 'error', message: `client callback "${callbackId}" is missing from the compiled callbacks module` });
  const ctx = callbackContext(callbackId, triggered, pattern);
  return Promise.resolve(callOutcome(() => fn(args, ctx), outputs, clientThrown, ctx));
}

/** The argument object of a client callback: inputs and state keyed by their argName (ALL, ALLSMALLER: arrays). */
export function clientArgs(node: CallbackNode, read: (key: string) => unknown): Record<string, unknown> {
  const keys = [...node.inputs, ...node.state];
  return assembleArgs(node, argBindings(node).map((_b, i) => read(keys[i]!)));
}
