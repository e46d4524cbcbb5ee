import type { DataApi } from './data';
import { NotJsonSafeError, toJsonSafe } from './jsonSafe';
import { checkFraction, progressReporter, type ProgressSink } from './progress';
import type { InvokeMessage, InvokeOutcome } from './protocol';

/** ctx.noUpdate: return it (or put it under an output's name) to leave that output unchanged. */
export const noUpdate: Readonly<{ dashwright: 'noUpdate' }> = Object.freeze({ dashwright: 'noUpdate' as const });

class PreventUpdate extends Error {
  constructor() {
    super('ctx.preventUpdate() was called: nothing updates');
    this.name = 'PreventUpdate';
  }
}

export interface CallbackContext {
  triggered: string[];
  noUpdate: typeof noUpdate;
  preventUpdate(): never;
  data: DataApi;
  /**
   * Reports how far a background callback got (fraction 0…1, optional message); the page shows it
   * as a progress bar on the outputs. Does nothing in other callbacks.
   */
  progress(fraction: number, message?: string): void;
}

export type CallbackFunction = (args: Record<string, unknown>, ctx: CallbackContext) => unknown;

/** Runs one callback with the DESIGN §2 semantics and turns its result into wire outputs. */
export async function callCallback(
  fn: CallbackFunction,
  msg: InvokeMessage,
  data: DataApi,
  mapStack: (stack: string) => string,
  onProgress?: ProgressSink,
): Promise<InvokeOutcome> {
  const reporter = msg.progress && onProgress ? progressReporter(onProgress) : undefined;
  const ctx: CallbackContext = {
    triggered: msg.triggered,
    noUpdate,
    preventUpdate: () => {
      throw new PreventUpdate();
    },
    data,
    progress: (fraction, message) => {
      const checked = checkFraction(fraction);
      reporter?.report(checked, message);
    },
  };
  let result: unknown;
  try {
    result = await fn(msg.args, ctx);
  } catch (err) {
    if (err instanceof PreventUpdate) return { kind: 'prevented' };
    return errorOutcome(err, mapStack);
  } finally {
    reporter?.stop();
  }
  try {
    return { kind: 'ok', outputs: outputsOf(result, msg.outputs) };
  } catch (err) {
    if (err instanceof NotJsonSafeError || err instanceof ResultShapeError) return { kind: 'error', message: err.message };
    return errorOutcome(err, mapStack);
  }
}

class ResultShapeError extends Error {}

function outputsOf(result: unknown, names: readonly string[]): Record<string, unknown> {
  if (result === noUpdate) return {};
  if (names.length === 1) {
    const name = names[0];
    if (result === undefined) {
      throw new ResultShapeError(`the callback returned undefined; return the value for "${name}", ctx.noUpdate, or call ctx.preventUpdate()`);
    }
    return { [name]: toJsonSafe(result, name) };
  }
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    throw new ResultShapeError(
      `the callback has ${names.length} outputs, so it must return an object keyed by ${names.map((n) => `"${n}"`).join(', ')}; it returned ${describe(result)}`,
    );
  }
  const unknown = Object.keys(result).filter((key) => !names.includes(key));
  if (unknown.length > 0) {
    throw new ResultShapeError(
      `the callback returned ${unknown.map((n) => `"${n}"`).join(', ')}, which ${unknown.length === 1 ? 'is not an output' : 'are not outputs'}; its outputs are ${names.map((n) => `"${n}"`).join(', ')}`,
    );
  }
  const outputs: Record<string, unknown> = {};
  for (const name of names) {
    const value = (result as Record<string, unknown>)[name];
    if (value === undefined || value === noUpdate) continue;
    outputs[name] = toJsonSafe(value, name);
  }
  return outputs;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === noUpdate) return 'ctx.noUpdate';
  return `a ${typeof value}`;
}

export function errorOutcome(err: unknown, mapStack: (stack: string) => string): InvokeOutcome {
  if (err instanceof Error) {
    const message = err.message || err.name;
    return typeof err.stack === 'string' ? { kind: 'error', message, stack: mapStack(err.stack) } : { kind: 'error', message };
  }
  return { kind: 'error', message: `the callback threw a non-Error value: ${safeString(err)}` };
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
