import type { CallbackNode } from '../graph';
import { propKey } from '../schema/project';
import type { BackgroundJobRef, CacheOutcome, JobStatus } from '../contracts/wire';
import { cancelJob, fetchJob, type FetchLike } from './requests';
import type { CascadeRecord } from './runtimeTypes';
import { adjustLoading, setProgress, type RuntimeError, type Store } from './store';

/** A background job the page follows until it ends. */
export interface FollowedJob {
  job: string;
  callback: string;
  /** The cascade that started it: its updates count as that cascade's (a newer cascade's win). */
  seq: number;
  epoch: number;
  /** "id.prop" keys it writes. */
  outputs: string[];
  /** "id.prop" keys whose change cancels it. */
  cancelOn: Set<string>;
  trigger: string[];
  cache?: CacheOutcome;
  startedAt: number;
  polls: number;
  ended: boolean;
}

export interface JobTrackerDeps {
  fetch: FetchLike;
  baseUrl: string;
  store: Store;
  /** False once the job's cascade no longer counts (the app was reloaded) or the runtime is gone. */
  current(job: FollowedJob): boolean;
  /** Registers work with the runtime, so idle() waits for it. */
  track(work: Promise<void>): Promise<void>;
  report(error: Omit<RuntimeError, 'id'>, detail?: unknown): void;
  /** The job ended with a result ("done" or "error"): apply it and go on downstream. */
  finished(job: FollowedJob, status: JobStatus): Promise<void>;
  /** Told as every followed job ends (done, failed, cancelled or lost), before `finished`. */
  ended?(job: FollowedJob): void;
  /** Between polls; default 250 ms (the first poll comes sooner). */
  pollMs?: number;
}

export interface JobTracker {
  /** Follow a job a cascade started; an older job of the same callback is cancelled. */
  follow(ref: BackgroundJobRef, node: CallbackNode, from: { seq: number; epoch: number; trigger: string[]; cache?: CacheOutcome }): void;
  /** These keys changed: cancel the jobs that list one of them in `cancel`. */
  cancelOn(keys: Iterable<string>): void;
  /** These callbacks ran again (or answered from their cache): their older jobs are out of date. */
  supersede(callbacks: Iterable<string>): void;
  /** Cancel everything (a new spec, or the runtime is disposed). */
  cancelAll(): void;
  /** Jobs being followed, by callback id. */
  active(): ReadonlyMap<string, FollowedJob>;
}

/** Consecutive failed polls (network trouble) before the page gives a job up. */
const MAX_POLL_FAILURES = 8;
const FIRST_POLL_MS = 100;

/**
 * Follows background jobs by polling GET /_dashwright/jobs/<job>: while one runs, the components
 * it writes are loading and show its progress; when it ends, `finished` applies its result.
 * Cancelling (a `cancel` prop changed, a newer run of the same callback, a reload) stops
 * following at once and asks the server to stop the job.
 */
export function createJobTracker(deps: JobTrackerDeps): JobTracker {
  const pollMs = deps.pollMs ?? 250;
  const jobs = new Map<string, FollowedJob>();

  function end(job: FollowedJob): void {
    if (job.ended) return;
    job.ended = true;
    if (jobs.get(job.callback) === job) jobs.delete(job.callback);
    deps.ended?.(job);
    if (deps.current(job)) deps.store.update((s) => setProgress(adjustLoading(s, job.outputs, -1), job.outputs, job.job, undefined));
  }

  function cancel(job: FollowedJob): void {
    if (job.ended) return;
    end(job);
    void cancelJob(deps.fetch, deps.baseUrl, job.job);
  }

  async function poll(job: FollowedJob): Promise<void> {
    let failures = 0;
    let wait = Math.min(FIRST_POLL_MS, pollMs);
    while (!job.ended) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = pollMs;
      if (job.ended) return;
      if (!deps.current(job)) return cancel(job);
      const result = await fetchJob(deps.fetch, deps.baseUrl, job.job);
      job.polls++;
      if (job.ended) return;
      if (!result.ok) {
        if (result.status === 404 || ++failures >= MAX_POLL_FAILURES) {
          end(job);
          const why = result.status === 404 ? 'the server no longer knows this job (it was restarted, or the result expired)' : `could not follow it: ${result.message}`;
          deps.report({ callback: job.callback, message: `background job lost: ${why}`, source: 'network' });
          return;
        }
        continue;
      }
      failures = 0;
      const status = result.value;
      if (status.state === 'running') {
        const { fraction = 0, message } = status.progress ?? {};
        const shown = message === undefined ? { callback: job.callback, fraction } : { callback: job.callback, fraction, message };
        deps.store.update((s) => setProgress(s, job.outputs, job.job, shown));
        continue;
      }
      end(job);
      if (status.state !== 'cancelled') await deps.finished(job, status);
    }
  }

  return {
    follow(ref, node, from) {
      const older = jobs.get(ref.callback);
      if (older) cancel(older);
      const job: FollowedJob = {
        job: ref.job,
        callback: ref.callback,
        seq: from.seq,
        epoch: from.epoch,
        outputs: node.outputs,
        cancelOn: new Set((node.spec.cancel ?? []).map(propKey)),
        trigger: from.trigger,
        ...(from.cache ? { cache: from.cache } : {}),
        startedAt: Date.now(),
        polls: 0,
        ended: false,
      };
      jobs.set(ref.callback, job);
      deps.store.update((s) => setProgress(adjustLoading(s, job.outputs, +1), job.outputs, job.job, { callback: job.callback, fraction: 0 }));
      void deps.track(poll(job));
    },
    cancelOn(keys) {
      const changed = new Set(keys);
      for (const job of [...jobs.values()]) if ([...job.cancelOn].some((key) => changed.has(key))) cancel(job);
    },
    supersede(callbacks) {
      for (const id of callbacks) {
        const job = jobs.get(id);
        if (job) cancel(job);
      }
    },
    cancelAll() {
      for (const job of [...jobs.values()]) cancel(job);
    },
    active: () => jobs,
  };
}

/** The dev tools' record of a finished job: one server callback, run in the background. */
export function jobRecord(seq: number, job: FollowedJob, status: JobStatus): CascadeRecord {
  const ms = status.timings?.[job.callback] ?? 0;
  return {
    seq,
    initial: false,
    trigger: job.trigger,
    startedAt: job.startedAt,
    ms: Date.now() - job.startedAt,
    ran: [{ callback: job.callback, placement: 'server', ms, background: true, ...(job.cache ? { cache: job.cache } : {}) }],
    requests: job.polls,
    errors: (status.errors ?? []).map((e) => e.callback),
  };
}
