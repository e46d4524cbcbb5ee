import type { PatternId, PatternIndex } from '../../schema/project';
import type { Worker } from 'node:worker_threads';
import type { CompiledModule, InvokeMessage, InvokeOutcome } from './protocol';

export interface WorkerPoolOptions {
  /** Number of worker threads; default os.availableParallelism(). */
  size?: number;
  workerUrl?: URL;
  log?: (line: string) => void;
  /** Longest a module's top-level code may run while loading; default 5000 ms. */
  loadTimeoutMs?: number;
  /** Heap limit of each worker (V8's old generation), in MB; default DEFAULT_CALLBACK_MEMORY_MB. */
  memoryMb?: number;
}

/**
 * Default heap limit per worker: k8s.yaml's pod (1 GiB) holds the main thread (~150 MB) and
 * four workers (WORKERS=2 and two for background callbacks) at this limit, with room to spare.
 */
export const DEFAULT_CALLBACK_MEMORY_MB = 160;

export interface LoadSpec {
  revision: string;
  modules: Record<string, CompiledModule>;
  dataDir?: string;
}

export interface Invocation {
  revision: string;
  callback: string;
  args: Record<string, unknown>;
  triggered: string[];
  /** `as` names of the outputs. */
  outputs: string[];
  /** Pattern callbacks: the instance's MATCH index and the pattern id that fired (ctx.match, ctx.triggeredId). */
  match?: PatternIndex;
  triggeredId?: PatternId;
  timeoutMs: number;
  /** Told about the callback's ctx.progress reports; without it ctx.progress does nothing. */
  onProgress?: (fraction: number, message?: string) => void;
  /**
   * Aborting stops the call, which then resolves as an error: a queued call is dropped, a
   * running one's worker is terminated (and replaced), as on a time limit.
   */
  signal?: AbortSignal;
}

/** The pool's record of one call (internal to pool.ts). */
export interface Job {
  inv: Invocation;
  resolve: (outcome: InvokeOutcome) => void;
}

/** The pool's record of one worker thread (internal to pool.ts). */
export interface Slot {
  worker: Worker;
  state: 'starting' | 'loading' | 'idle' | 'busy';
  /** The worker reached its heap limit (it exits next). */
  outOfMemory?: boolean;
  /** Revisions the worker holds, newest last (it keeps two). */
  revisions: string[];
  loads: number;
  loading?: { revision: string; callback?: string; timer?: NodeJS.Timeout };
  /** The call the worker is running; its time limit counts from when it started. */
  running?: { seq: number; job: Job; startedAt: number; timer: NodeJS.Timeout };
  /** Calls already posted to the worker, which runs them in order after `running` (see PIPELINE_DEPTH). */
  queued: Array<{ seq: number; job: Job }>;
  /** Calls dispatched this turn, posted together at its end. */
  outbox: InvokeMessage[];
}

/** The pattern fields of a call (ctx.match, ctx.triggeredId), only when it has them. */
export function patternFields(inv: Pick<Invocation, 'match' | 'triggeredId'>): Pick<InvokeMessage, 'match' | 'triggeredId'> {
  const out: Pick<InvokeMessage, 'match' | 'triggeredId'> = {};
  if (inv.match !== undefined) out.match = inv.match;
  if (inv.triggeredId !== undefined) out.triggeredId = inv.triggeredId;
  return out;
}
