import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { updatesByTargets, type OutputTargets } from '../graph/callArgs';
import type { CallbackError, JobProgress, JobState, JobStatus } from '../contracts/wire';
import type { Invocation } from './worker/invocation';
import type { InvokeOutcome } from './worker/protocol';
import { invokeHandled, type JobErrorHandler } from './jobErrorHandler';

export interface JobManagerOptions {
  /** How long a finished job's result stays readable; default 10 minutes. */
  ttlMs?: number;
  /** A running job nobody has asked about for this long is cancelled (its page is gone); default 2 minutes. */
  abandonAfterMs?: number;
  /** Most jobs kept (running and finished); default 1000. */
  maxJobs?: number;
  log?: (line: string) => void;
  /** Clock, for tests. */
  now?: () => number;
}

/** What a cascade hands over when it reaches a background callback. */
export interface JobRequest {
  /** The call; the manager adds onProgress and signal. */
  invocation: Omit<Invocation, 'onProgress' | 'signal'>;
  /** Output `as` name → "id.prop". */
  outputKeys: OutputTargets;
  /** Told once the call ended on its own (not when cancelled), with its duration. */
  onFinish?: (outcome: InvokeOutcome, ms: number) => void;
  /** The callback's cache entry to fill, for a job another instance runs (it cannot call onFinish). */
  cache?: { key: string; ttlSeconds: number };
  /** The callback's onError handler, run by the job when the call fails (jobErrorHandler.ts). */
  onError?: JobErrorHandler;
}

export type JobStart = { ok: true; job: string } | { ok: false; error: string };

type Awaitable<T> = T | Promise<T>;

/** Where background callbacks run: in this process (JobManager) or queued in Redis for any instance (redisJobs.ts). */
export interface JobQueue {
  start(request: JobRequest): Awaitable<JobStart>;
  /** The job as the page sees it; undefined when unknown or expired. Counts as the page asking. */
  status(id: string): Awaitable<JobStatus | undefined>;
  /** Stop a running job; a finished one stays as it was. */
  cancel(id: string): Awaitable<JobStatus | undefined>;
  close(): void;
}

/** What a finished call shows the page: its outputs as "id.prop" updates, or its error. */
export function finishedStatus(id: string, callback: string, given: InvokeOutcome, outputKeys: OutputTargets, ms: number): JobStatus {
  const updates: Record<string, unknown> = {};
  const errors: CallbackError[] = [];
  let outcome = given;
  if (outcome.kind === 'ok') {
    const produced = updatesByTargets(outputKeys, outcome.outputs);
    if (produced.ok) {
      // What it set with ctx.setProps, then its outputs; the page checks the setProps targets (jobFinished).
      Object.assign(updates, outcome.setProps, produced.updates);
    } else outcome = { kind: 'error', message: produced.message };
  }
  if (outcome.kind === 'error') errors.push(outcome.stack !== undefined ? { callback, message: outcome.message, stack: outcome.stack } : { callback, message: outcome.message });
  const status: JobStatus = { job: id, callback, state: outcome.kind === 'error' ? 'error' : 'done', updates, ran: [callback], errors, timings: { [callback]: ms } };
  if (outcome.kind === 'ok' && outcome.setProps) status.setProps = Object.keys(outcome.setProps);
  return status;
}

interface Job {
  id: string;
  callback: string;
  state: JobState;
  progress?: JobProgress;
  updates?: Record<string, unknown>;
  errors?: CallbackError[];
  setProps?: string[];
  ms?: number;
  finishedAt?: number;
  lastSeen: number;
  abort: AbortController;
}

const SWEEP_EVERY_MS = 5000;

/**
 * Background callbacks (`"background": true`) as jobs: each runs outside the request that set it
 * off, on a worker, with its time limit; its page follows it by id (GET /_dashwright/jobs/<id>)
 * and may cancel it, which terminates its worker. Jobs live in memory: finished ones for `ttlMs`,
 * running ones until they end, or until nobody has asked about them for `abandonAfterMs`.
 */
export class JobManager implements JobQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly ttlMs: number;
  private readonly abandonAfterMs: number;
  private readonly maxJobs: number;
  private readonly log: (line: string) => void;
  private readonly now: () => number;
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(
    private readonly invoke: (inv: Invocation) => Promise<InvokeOutcome>,
    options: JobManagerOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.abandonAfterMs = options.abandonAfterMs ?? 2 * 60_000;
    this.maxJobs = Math.max(1, options.maxJobs ?? 1000);
    this.log = options.log ?? (() => {});
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  start(request: JobRequest): JobStart {
    this.sweep();
    if (this.jobs.size >= this.maxJobs) this.evictFinished();
    if (this.jobs.size >= this.maxJobs) {
      return { ok: false, error: `not started: ${this.maxJobs} background jobs are already running; try again when some have finished` };
    }
    const { invocation } = request;
    const job: Job = { id: randomUUID(), callback: invocation.callback, state: 'running', lastSeen: this.now(), abort: new AbortController() };
    this.jobs.set(job.id, job);
    const started = performance.now();
    const call: Invocation = {
      ...invocation,
      signal: job.abort.signal,
      onProgress: (fraction, message) => {
        if (job.state === 'running') job.progress = message === undefined ? { fraction } : { fraction, message };
      },
    };
    void invokeHandled(this.invoke, call, request.onError).then((outcome) => {
      if (job.state !== 'running') return; // cancelled meanwhile
      const ms = Math.round((performance.now() - started) * 10) / 10;
      this.finish(job, outcome, request.outputKeys, ms);
      try {
        request.onFinish?.(outcome, ms);
      } catch (err) {
        this.log(`after background job of "${job.callback}": ${(err as Error).message}`);
      }
    });
    return { ok: true, job: job.id };
  }

  /** The job as the page sees it; undefined when unknown or expired. Counts as the page asking. */
  status(id: string): JobStatus | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    job.lastSeen = this.now();
    return statusOf(job);
  }

  /** Stop a running job (its worker is terminated and replaced); a finished one stays as it was. */
  cancel(id: string): JobStatus | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    if (job.state === 'running') this.stop(job, 'cancelled by the page');
    return statusOf(job);
  }

  /** Cancel every running job and stop sweeping (server shutdown). */
  close(): void {
    clearInterval(this.sweeper);
    for (const job of this.jobs.values()) if (job.state === 'running') this.stop(job, 'the server is shutting down');
  }

  get size(): number {
    return this.jobs.size;
  }

  /** Drop expired results; cancel running jobs whose page stopped asking. */
  sweep(): void {
    const now = this.now();
    for (const job of [...this.jobs.values()]) {
      if (job.state !== 'running') {
        if (now - (job.finishedAt ?? now) >= this.ttlMs) this.jobs.delete(job.id);
      } else if (now - job.lastSeen >= this.abandonAfterMs) {
        this.stop(job, `nobody asked about it for ${Math.round(this.abandonAfterMs / 1000)} s`);
      }
    }
  }

  private stop(job: Job, why: string): void {
    this.log(`background job of "${job.callback}" cancelled: ${why}`);
    job.state = 'cancelled';
    job.progress = undefined;
    job.finishedAt = this.now();
    job.abort.abort();
  }

  private finish(job: Job, outcome: InvokeOutcome, outputKeys: OutputTargets, ms: number): void {
    const status = finishedStatus(job.id, job.callback, outcome, outputKeys, ms);
    job.progress = undefined;
    job.finishedAt = this.now();
    job.ms = ms;
    job.state = status.state;
    job.updates = status.updates;
    job.errors = status.errors;
    if (status.setProps) job.setProps = status.setProps;
  }

  /** Make room: forget the finished jobs that finished first. */
  private evictFinished(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running').sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
    for (const job of finished) {
      if (this.jobs.size < this.maxJobs) break;
      this.jobs.delete(job.id);
    }
  }
}

function statusOf(job: Job): JobStatus {
  const status: JobStatus = { job: job.id, callback: job.callback, state: job.state };
  if (job.state === 'running') {
    if (job.progress) status.progress = { ...job.progress };
  } else if (job.state !== 'cancelled') {
    status.updates = job.updates ?? {};
    status.ran = [job.callback];
    status.errors = job.errors ?? [];
    status.timings = { [job.callback]: job.ms ?? 0 };
    if (job.setProps) status.setProps = job.setProps;
  }
  return status;
}
