import type { DataApi } from './data';
import { NotJsonSafeError, outputsOf as shapeOutputs, ResultShapeError } from '../../callbacks/results';
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
    return { kind: 'ok', outputs: shapeOutputs(result, msg.outputs, (value) => value === noUpdate) };
  } catch (err) {
    if (err instanceof NotJsonSafeError || err instanceof ResultShapeError) return { kind: 'error', message: err.message };
    return errorOutcome(err, mapStack);
  }
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
