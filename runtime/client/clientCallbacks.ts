import { argName } from '../schema/project';
import type { CallbackNode } from '../graph';
import { outputsOf } from '../contracts/callbackResult';
import { parseCsv } from '../callbacks/csv';

/** ctx.noUpdate: return it (or put it under an output's name) to leave that output as it is. */
export const NO_UPDATE: unique symbol = Symbol.for('dashwright.noUpdate');

/** Thrown by ctx.preventUpdate(): the callback updates nothing. */
export class PreventUpdate extends Error {
  constructor() {
    super('preventUpdate');
    this.name = 'PreventUpdate';
  }
}

export interface ClientCallbackContext {
  /** "id.prop" inputs that changed in this cascade */
  triggered: string[];
  noUpdate: typeof NO_UPDATE;
  preventUpdate(): never;
  /** Server-only: reading it throws a clear error. */
  readonly data: never;
  /** CSV text or a data: URL (an upload's file) → rows, read as ctx.data.csv reads a file on the server. */
  parseCsv(textOrDataUrl: string): Record<string, unknown>[];
}

export type ClientCallback = (args: Record<string, unknown>, ctx: ClientCallbackContext) => unknown;
export type ClientCallbackTable = Readonly<Record<string, ClientCallback>>;

export type ClientRunResult =
  | { kind: 'updated'; updates: Record<string, unknown> }
  | { kind: 'prevented' }
  | { kind: 'error'; error: Error };

/** The callbacks module's default export: callback id → function. */
export async function loadClientCallbacks(url: string, importModule: (url: string) => Promise<unknown>): Promise<ClientCallbackTable> {
  const mod = await importModule(url);
  const table = mod && typeof mod === 'object' ? (mod as { default?: unknown }).default : undefined;
  if (!table || typeof table !== 'object') throw new Error(`${url} has no default export mapping callback ids to functions`);
  return table as ClientCallbackTable;
}

/** The ctx a client callback gets (in the page, or in the callback worker). */
export function callbackContext(callbackId: string, triggered: string[]): ClientCallbackContext {
  return {
    triggered,
    noUpdate: NO_UPDATE,
    preventUpdate(): never {
      throw new PreventUpdate();
    },
    parseCsv,
    get data(): never {
      throw new Error(
        `ctx.data is only available in server callbacks; "${callbackId}" runs in the browser (placement "client"). ` +
          'Make it a server callback, or read the data in a server callback and pass it in as an input.',
      );
    },
  };
}

/** "id.prop" → value for the outputs a callback's return value sets: the same rules as on the server. */
export function outputUpdates(node: CallbackNode, result: unknown): Record<string, unknown> {
  const names = node.spec.outputs.map(argName);
  const byName = outputsOf(result, names, (value) => value === NO_UPDATE);
  const updates: Record<string, unknown> = {};
  names.forEach((name, i) => {
    if (Object.hasOwn(byName, name)) updates[node.outputs[i]!] = byName[name];
  });
  return updates;
}

/** The argument object of a client callback: inputs and state keyed by their argName. */
export function clientArgs(node: CallbackNode, read: (key: string) => unknown): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const keys = [...node.inputs, ...node.state];
  [...node.spec.inputs, ...node.spec.state].forEach((binding, i) => {
    args[argName(binding)] = read(keys[i]!);
  });
  return args;
}

/** Run one client callback in the page: one argument object keyed by argName of inputs and state, and ctx. */
export async function runClientCallback(
  node: CallbackNode,
  fn: ClientCallback | undefined,
  read: (key: string) => unknown,
  triggered: string[],
): Promise<ClientRunResult> {
  if (typeof fn !== 'function') {
    return { kind: 'error', error: new Error(`client callback "${node.spec.id}" is missing from the compiled callbacks module`) };
  }
  const args = clientArgs(node, read);
  try {
    const result: unknown = await fn(args, callbackContext(node.spec.id, triggered));
    return { kind: 'updated', updates: outputUpdates(node, result) };
  } catch (err) {
    if (err instanceof PreventUpdate) return { kind: 'prevented' };
    return { kind: 'error', error: err instanceof Error ? err : new Error(String(err)) };
  }
}
