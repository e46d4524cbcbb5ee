import { describe, expect, it, vi } from 'vitest';
import { JobManager, type JobRequest } from './jobs';
import type { Invocation } from './worker/invocation';
import type { InvokeOutcome } from './worker/protocol';

/** A stand-in for the worker pool: each call waits until the test settles it. */
function fakePool() {
  const calls: { inv: Invocation; settle: (o: InvokeOutcome) => void; aborted: () => boolean }[] = [];
  const invoke = (inv: Invocation): Promise<InvokeOutcome> =>
    new Promise((resolve) => {
      calls.push({ inv, settle: resolve, aborted: () => inv.signal?.aborted === true });
      inv.signal?.addEventListener('abort', () => resolve({ kind: 'error', message: 'cancelled' }));
    });
  return { calls, invoke };
}

const request = (extra: Partial<JobRequest> = {}): JobRequest => ({
  invocation: { revision: 'r1', callback: 'crunch', args: { n: 3 }, triggered: ['run.clicks'], outputs: ['text', 'count'], timeoutMs: 60_000 },
  outputKeys: { text: 'out.text', count: 'total.value' },
  ...extra,
});

describe('JobManager', () => {
  it('runs a job: running with its latest progress, then done with its outputs as "id.prop" updates', async () => {
    const pool = fakePool();
    const onFinish = vi.fn();
    const jobs = new JobManager(pool.invoke);
    const started = jobs.start(request({ onFinish }));
    if (!started.ok) throw new Error(started.error);
    expect(jobs.status(started.job)).toEqual({ job: started.job, callback: 'crunch', state: 'running' });
    const call = pool.calls[0]!;
    expect(call.inv).toMatchObject({ callback: 'crunch', args: { n: 3 }, timeoutMs: 60_000 });
    call.inv.onProgress!(0.25, 'step 1 of 4');
    call.inv.onProgress!(0.5);
    expect(jobs.status(started.job)).toEqual({ job: started.job, callback: 'crunch', state: 'running', progress: { fraction: 0.5 } });
    call.settle({ kind: 'ok', outputs: { text: 'done', count: 4 } });
    await vi.waitFor(() => expect(jobs.status(started.job)?.state).toBe('done'));
    expect(jobs.status(started.job)).toEqual({
      job: started.job,
      callback: 'crunch',
      state: 'done',
      updates: { 'out.text': 'done', 'total.value': 4 },
      ran: ['crunch'],
      errors: [],
      timings: { crunch: expect.any(Number) },
    });
    expect(onFinish).toHaveBeenCalledWith({ kind: 'ok', outputs: { text: 'done', count: 4 } }, expect.any(Number));
    jobs.close();
  });

  it('reports a failed call as state "error" and a prevented one as done with no updates', async () => {
    const pool = fakePool();
    const jobs = new JobManager(pool.invoke);
    const a = jobs.start(request());
    const b = jobs.start(request());
    if (!a.ok || !b.ok) throw new Error('not started');
    pool.calls[0]!.settle({ kind: 'error', message: 'boom', stack: 'Error: boom\n    at crunch (callbacks/crunch.ts:2:9)' });
    pool.calls[1]!.settle({ kind: 'prevented' });
    await vi.waitFor(() => expect(jobs.status(b.job)?.state).toBe('done'));
    expect(jobs.status(a.job)).toMatchObject({ state: 'error', updates: {}, errors: [{ callback: 'crunch', message: 'boom', stack: expect.stringContaining('crunch.ts:2') }] });
    expect(jobs.status(b.job)).toMatchObject({ state: 'done', updates: {}, errors: [] });
    jobs.close();
  });

  it('cancel aborts the call, keeps the job as "cancelled", ignores its late outcome and skips onFinish', async () => {
    const pool = fakePool();
    const onFinish = vi.fn();
    const jobs = new JobManager(pool.invoke);
    const started = jobs.start(request({ onFinish }));
    if (!started.ok) throw new Error(started.error);
    pool.calls[0]!.inv.onProgress!(0.3, 'working');
    expect(jobs.cancel(started.job)).toEqual({ job: started.job, callback: 'crunch', state: 'cancelled' });
    expect(pool.calls[0]!.aborted()).toBe(true);
    pool.calls[0]!.inv.onProgress!(0.6, 'too late');
    await new Promise((r) => setTimeout(r, 5));
    expect(jobs.status(started.job)).toEqual({ job: started.job, callback: 'crunch', state: 'cancelled' });
    expect(onFinish).not.toHaveBeenCalled();
    expect(jobs.cancel('unknown')).toBeUndefined();
    expect(jobs.status('unknown')).toBeUndefined();
    jobs.close();
  });

  it('forgets finished jobs after the ttl and cancels running jobs nobody asks about', async () => {
    let now = 1_000;
    const pool = fakePool();
    const log: string[] = [];
    const jobs = new JobManager(pool.invoke, { ttlMs: 10_000, abandonAfterMs: 5_000, now: () => now, log: (l) => log.push(l) });
    const finished = jobs.start(request());
    const followed = jobs.start(request());
    const abandoned = jobs.start(request());
    if (!finished.ok || !followed.ok || !abandoned.ok) throw new Error('not started');
    pool.calls[0]!.settle({ kind: 'ok', outputs: { text: 'x' } });
    await vi.waitFor(() => expect(jobs.status(finished.job)?.state).toBe('done'));
    now += 4_000;
    jobs.status(followed.job);
    now += 2_000;
    jobs.sweep();
    expect(jobs.status(abandoned.job)?.state).toBe('cancelled');
    expect(jobs.status(followed.job)?.state).toBe('running');
    expect(pool.calls[2]!.aborted()).toBe(true);
    expect(log.some((l) => l.includes('nobody asked about it for 5 s'))).toBe(true);
    now += 10_001;
    jobs.sweep();
    expect(jobs.status(finished.job)).toBeUndefined();
    expect(jobs.status(abandoned.job)).toBeUndefined();
    jobs.close();
    expect(pool.calls[1]!.aborted()).toBe(true); // close cancels what still runs
  });

  it('keeps at most maxJobs: finished ones make room, running ones refuse a new start', async () => {
    const pool = fakePool();
    const jobs = new JobManager(pool.invoke, { maxJobs: 2 });
    const a = jobs.start(request());
    expect(jobs.start(request()).ok).toBe(true);
    const refused = jobs.start(request());
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/2 background jobs are already running/) });
    pool.calls[0]!.settle({ kind: 'ok', outputs: {} });
    await vi.waitFor(() => expect(a.ok && jobs.status(a.job)?.state).toBe('done'));
    expect(jobs.start(request()).ok).toBe(true);
    expect(jobs.size).toBe(2);
    if (a.ok) expect(jobs.status(a.job)).toBeUndefined();
    jobs.close();
  });
});
