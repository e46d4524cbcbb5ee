import type { CallbackOutcome } from '../contracts/callbackResult';
import type { PatternCall } from './clientCallbacks';

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
  /** A pattern callback's instance: ctx.match and ctx.triggeredId. */
  pattern?: PatternCall;
}

export interface WorkerAnswer {
  seq: number;
  outcome: CallbackOutcome;
}

/** The worker script, beside app.js under /_dashwright/assets/. */
export const CALLBACK_WORKER_ASSET = 'callback-worker.js';
