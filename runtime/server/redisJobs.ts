import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { JobProgress, JobStatus } from '../contracts/wire';
import type { OutputTargets } from '../graph/callArgs';
import { finishedStatus, type JobQueue, type JobRequest, type JobStart } from './jobs';
import type { Invocation } from './worker/invocation';
import { invokeHandled, wasHandled } from './jobErrorHandler';
import type { InvokeOutcome } from './worker/protocol';
import { loadBullMq, loadRedis } from './redisClient';

const QUEUE = 'dashwright-background';
const CANCEL = 'dashwright:job-cancel:';
const SEEN = 'dashwright:job-seen:';
/** How often a running job checks whether it was cancelled or abandoned. */
const CHECK_EVERY_MS = 250;
/** The failure reason of a job that was stopped on purpose. */
const STOPPED = 'dashwright: stopped';

/** Redis calls a request waits on give up after this: the page gets an answer, not a hang. */
const REQUEST_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`Redis did not answer within ${REQUEST_TIMEOUT_MS} ms`)), REQUEST_TIMEOUT_MS).unref())]);
}

export interface RedisJobQueueOptions {
  /** Jobs this instance runs at once. */
  concurrency: number;
  /** How long a finished job's result stays readable; default 10 minutes. */
  ttlMs?: number;
  /** A job nobody has asked about for this long is cancelled; default 2 minutes. */
  abandonAfterMs?: number;
  log: (line: string) => void;
  /** Told when a job this instance ran ended on its own (to count the run and fill the callback cache). */
  finished?: (callback: string, outcome: InvokeOutcome, ms: number, cache?: JobRequest['cache']) => void;
}

interface JobData {
  invocation: JobRequest['invocation'];
  outputKeys: OutputTargets;
  cache?: JobRequest['cache'];
  onError?: JobRequest['onError'];
}

interface JobResult {
  outcome: InvokeOutcome;
  ms: number;
}

/**
 * Background callbacks queued with BullMQ in Redis (REDIS_URL, DESIGN §5): any instance with the
 * same app takes the next job and runs it on its worker threads; every instance can report a
 * job's progress and result and cancel it, so a page may poll whichever replica answers.
 * Cancelling (and abandonment: no page asked for `abandonAfterMs`) is a Redis key the running
 * instance checks every 250 ms; it then stops the call as a time limit does.
 */
export async function createRedisJobQueue(url: string, invoke: (inv: Invocation) => Promise<InvokeOutcome>, options: RedisJobQueueOptions): Promise<JobQueue> {
  const [{ Queue, Worker }, Redis] = await Promise.all([loadBullMq(), loadRedis()]);
  let warned = false;
  const onError = (err: Error): void => {
    if (warned) return;
    warned = true;
    options.log(`background queue (Redis): ${err.message}`);
  };
  const connect = (workerSide: boolean) => {
    // BullMQ's worker waits out Redis outages (null retries); the page-facing side fails fast.
    const redis = workerSide ? new Redis(url, { maxRetriesPerRequest: null }) : new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', onError);
    redis.on('ready', () => {
      warned = false;
    });
    return redis;
  };
  const control = connect(false);
  const ttlSeconds = Math.round((options.ttlMs ?? 10 * 60_000) / 1000);
  const abandonMs = options.abandonAfterMs ?? 2 * 60_000;
  const queue = new Queue<JobData, JobResult>(QUEUE, { connection: connect(false), defaultJobOptions: { removeOnComplete: { age: ttlSeconds }, removeOnFail: { age: ttlSeconds }, attempts: 1 } });
  queue.on('error', onError);

  const worker = new Worker<JobData, JobResult>(
    QUEUE,
    async (job) => {
      const { invocation, cache, onError } = job.data;
      const abort = new AbortController();
      let why = '';
      const check = setInterval(() => {
        control
          .mget(`${CANCEL}${job.id}`, `${SEEN}${job.id}`)
          .then(([cancelled, seen]) => {
            if (cancelled) why = 'cancelled by the page';
            else if (!seen) why = `nobody asked about it for ${Math.round(abandonMs / 1000)} s`;
            if (why && !abort.signal.aborted) abort.abort();
          })
          .catch(() => undefined);
      }, CHECK_EVERY_MS);
      const started = performance.now();
      try {
        const call: Invocation = {
          ...invocation,
          signal: abort.signal,
          onProgress: (fraction, message) => void job.updateProgress(message === undefined ? { fraction } : { fraction, message }).catch(() => undefined),
        };
        const outcome = await invokeHandled(invoke, call, onError);
        if (abort.signal.aborted) {
          options.log(`background job of "${invocation.callback}" cancelled: ${why}`);
          throw new Error(STOPPED);
        }
        const ms = Math.round((performance.now() - started) * 10) / 10;
        try {
          // A handler's result (jobErrorHandler.ts) is not the callback's: counted, never cached.
          options.finished?.(invocation.callback, outcome, ms, wasHandled(outcome) ? undefined : cache);
        } catch (err) {
          options.log(`after background job of "${invocation.callback}": ${(err as Error).message}`);
        }
        return { outcome, ms };
      } finally {
        clearInterval(check);
      }
    },
    { connection: connect(true), concurrency: Math.max(1, options.concurrency) },
  );
  worker.on('error', onError);

  const seen = (id: string): Promise<unknown> => control.set(`${SEEN}${id}`, '1', 'PX', abandonMs).catch(() => undefined);

  async function status(id: string): Promise<JobStatus | undefined> {
    const job = await queue.getJob(id);
    if (!job) {
      // Cancelled before it started: taken off the queue, remembered by its cancel key.
      const callback = await control.get(`${CANCEL}${id}`);
      return callback ? { job: id, callback, state: 'cancelled' } : undefined;
    }
    void seen(id);
    const callback = job.data.invocation.callback;
    const state = await job.getState();
    if (state === 'completed' && job.returnvalue) return finishedStatus(id, callback, job.returnvalue.outcome, job.data.outputKeys, job.returnvalue.ms);
    if (state === 'failed') {
      if (job.failedReason === STOPPED || (await control.exists(`${CANCEL}${id}`))) return { job: id, callback, state: 'cancelled' };
      return finishedStatus(id, callback, { kind: 'error', message: job.failedReason || 'the background job failed' }, job.data.outputKeys, 0);
    }
    const running: JobStatus = { job: id, callback, state: 'running' };
    const progress = job.progress as JobProgress | number | undefined;
    if (progress && typeof progress === 'object' && typeof progress.fraction === 'number') running.progress = { ...progress };
    return running;
  }

  return {
    async start(request): Promise<JobStart> {
      const id = randomUUID();
      try {
        const data: JobData = { invocation: request.invocation, outputKeys: request.outputKeys, ...(request.cache ? { cache: request.cache } : {}), ...(request.onError ? { onError: request.onError } : {}) };
        await withTimeout(Promise.all([control.set(`${SEEN}${id}`, '1', 'PX', abandonMs), queue.add(request.invocation.callback, data, { jobId: id })]));
        return { ok: true, job: id };
      } catch (err) {
        return { ok: false, error: `not started: the background queue (Redis) is unavailable: ${(err as Error).message}` };
      }
    },
    status: (id) => withTimeout(status(id)).catch(() => undefined),
    async cancel(id) {
      const job = await withTimeout(queue.getJob(id)).catch(() => undefined);
      if (!job) return undefined;
      const state = await job.getState();
      if (state !== 'completed' && state !== 'failed') {
        await control.set(`${CANCEL}${id}`, job.data.invocation.callback, 'EX', ttlSeconds);
        // Not started yet: take it off the queue; started: its instance stops it within CHECK_EVERY_MS.
        if (state === 'waiting' || state === 'delayed' || state === 'prioritized') await job.remove().catch(() => undefined);
        return { job: id, callback: job.data.invocation.callback, state: 'cancelled' };
      }
      return status(id);
    },
    close() {
      void worker.close().catch(() => undefined);
      void queue.close().catch(() => undefined);
      control.disconnect();
    },
  };
}
