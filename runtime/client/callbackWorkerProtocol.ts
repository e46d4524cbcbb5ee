import type { CallbackOutcome } from '../contracts/callbackResult';

/** Messages between the page and its client-callback worker (callbackWorker.ts). Plain data only. */

export interface WorkerCall {
  seq: number;
  /** Absolute URL of the compiled client callbacks module. */
  moduleUrl: string;
  callback: string;
  args: Record<string, unknown>;
  triggered: string[];
  /** `as` names of the outputs, in declaration order. */
  outputs: string[];
}

export interface WorkerAnswer {
  seq: number;
  outcome: CallbackOutcome;
}

/** The worker script, beside app.js under /_dashwright/assets/. */
export const CALLBACK_WORKER_ASSET = 'callback-worker.js';
