/**
 * The client-callback worker: runs the page's `placement: "client"` callbacks off the page's
 * thread, so one that loops forever is stopped (the page terminates this worker) instead of
 * freezing the page. Same rules as in the page: callbackContext, outputsOf.
 */
import { NotJsonSafeError } from '../contracts/jsonSafe';
import { outputsOf, ResultShapeError } from '../contracts/callbackResult';
import { callbackContext, NO_UPDATE, PreventUpdate, type ClientCallbackTable } from './clientCallbacks';
import type { WorkerAnswer, WorkerCall, WorkerOutcome } from './callbackWorkerProtocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerCall>) => void) | null; postMessage(message: WorkerAnswer): void };
const tables = new Map<string, Promise<ClientCallbackTable>>();

function tableOf(url: string): Promise<ClientCallbackTable> {
  let table = tables.get(url);
  if (!table) {
    table = import(/* @vite-ignore */ url).then((mod: { default?: unknown }) => {
      if (!mod.default || typeof mod.default !== 'object') throw new Error(`${url} has no default export mapping callback ids to functions`);
      return mod.default as ClientCallbackTable;
    });
    tables.set(url, table);
  }
  return table;
}

async function run(call: WorkerCall): Promise<WorkerOutcome> {
  try {
    const fn = (await tableOf(call.moduleUrl))[call.callback];
    if (typeof fn !== 'function') return { kind: 'error', message: `client callback "${call.callback}" is missing from the compiled callbacks module` };
    const result: unknown = await fn(call.args, callbackContext(call.callback, call.triggered));
    return { kind: 'ok', outputs: outputsOf(result, call.outputs, (value) => value === NO_UPDATE) };
  } catch (err) {
    if (err instanceof PreventUpdate) return { kind: 'prevented' };
    if (err instanceof NotJsonSafeError || err instanceof ResultShapeError) return { kind: 'error', message: err.message };
    const error = err instanceof Error ? err : new Error(String(err));
    return error.stack ? { kind: 'error', message: error.message, stack: error.stack } : { kind: 'error', message: error.message };
  }
}

scope.onmessage = (e) => {
  const call = e.data;
  void run(call).then((outcome) => scope.postMessage({ seq: call.seq, outcome }));
};
