/**
 * The client-callback worker: runs the page's `placement: "client"` callbacks off the page's
 * thread, so one that loops forever is stopped (the page terminates this worker) instead of
 * freezing the page. Same rules as in the page: runClientCallback.
 */
import { clientThrown, runClientCallback, type ClientCallbackTable } from './clientCallbacks';
import type { CallbackOutcome } from '../contracts/callbackResult';
import type { WorkerAnswer, WorkerCall } from './callbackWorkerProtocol';

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

async function run(call: WorkerCall): Promise<CallbackOutcome> {
  let table: ClientCallbackTable;
  try {
    table = await tableOf(call.moduleUrl);
  } catch (err) {
    return clientThrown(err);
  }
  return runClientCallback(call.callback, table[call.callback], call.args, call.triggered, call.outputs, call.pattern);
}

scope.onmessage = (e) => {
  const call = e.data;
  void run(call).then((outcome) => scope.postMessage({ seq: call.seq, outcome }));
};
