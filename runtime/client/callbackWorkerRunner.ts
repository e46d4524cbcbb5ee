import type { CallbackOutcome } from '../contracts/callbackResult';
import type { WorkerAnswer, WorkerCall } from './callbackWorkerProtocol';

/** Time limit of a client callback without its own timeoutMs, as on the server. */
export const DEFAULT_CLIENT_TIMEOUT_MS = 5000;

export interface CallbackWorkerRunner {
  /** Runs one call in the worker; never rejects. Calls run one at a time, in order. */
  run(call: Omit<WorkerCall, 'seq'>, timeoutMs: number): Promise<CallbackOutcome>;
  /** Stops the worker (the next call starts a fresh one). */
  reset(): void;
}

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((e: MessageEvent<WorkerAnswer>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
};

/**
 * The page's side of the client-callback worker: starts it on first use, gives each call a
 * time limit, and on a call that runs past it terminates the worker (which stops even
 * `while (true) {}`) and answers with an error; the next call gets a new worker.
 */
export function createCallbackWorkerRunner(workerUrl: string, createWorker: (url: string) => WorkerLike = (url) => new Worker(url, { type: 'module' }) as WorkerLike): CallbackWorkerRunner {
  let worker: WorkerLike | null = null;
  let seq = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let current: { seq: number; finish: (outcome: CallbackOutcome) => void } | null = null;

  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };

  const started = (): WorkerLike => {
    if (worker) return worker;
    const w = createWorker(workerUrl);
    w.onmessage = (e) => {
      if (current && e.data.seq === current.seq) current.finish(e.data.outcome);
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      if (w === worker) stop();
      current?.finish({ kind: 'error', message: `the client callback worker failed: ${e.message || 'it could not start'}` });
    };
    worker = w;
    return w;
  };

  const runOne = (call: Omit<WorkerCall, 'seq'>, timeoutMs: number): Promise<CallbackOutcome> =>
    new Promise((resolve) => {
      const mine = ++seq;
      const timer = setTimeout(() => {
        stop();
        finish({ kind: 'error', message: `client callback "${call.callback}" ran longer than its ${timeoutMs} ms time limit and was stopped` });
      }, timeoutMs);
      const finish = (outcome: CallbackOutcome): void => {
        if (current?.seq !== mine) return;
        clearTimeout(timer);
        current = null;
        resolve(outcome);
      };
      current = { seq: mine, finish };
      try {
        started().postMessage({ ...call, seq: mine } satisfies WorkerCall);
      } catch (err) {
        finish({ kind: 'error', message: `the arguments could not be sent to the client callback worker: ${(err as Error).message}` });
      }
    });

  return {
    run(call, timeoutMs) {
      const result = queue.then(() => runOne(call, timeoutMs));
      queue = result;
      return result;
    },
    reset: stop,
  };
}
