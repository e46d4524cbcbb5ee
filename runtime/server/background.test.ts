import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import type { JobStatus, StatsResponse } from '../contracts/wire';
import { startApp, type RunningApp } from './testkit';

// Background callbacks and per-callback caching over real HTTP and real worker threads.

const text = (id: string, y: number) => ({ id, type: 'text', props: { text: '' }, grid: { x: 0, y, w: 6, h: 1 } });
const manifest = {
  format: 'dashwright',
  version: 1,
  name: 'Background',
  components: [
    { id: 'run', type: 'button', props: { label: 'Run' }, grid: { x: 0, y: 0, w: 2, h: 1 } },
    { id: 'stop', type: 'button', props: { label: 'Stop' }, grid: { x: 2, y: 0, w: 2, h: 1 } },
    { id: 'n', type: 'slider', props: { min: 1, max: 20, step: 1, value: 3 }, grid: { x: 4, y: 0, w: 4, h: 1 } },
    text('out', 1),
    text('after', 2),
    text('sq', 3),
    text('slowOut', 4),
    text('spinOut', 5),
    text('noisyOut', 6),
    text('whichOut', 7),
  ],
  callbacks: [
    {
      id: 'crunch', background: true, preventInitialCall: true, cancel: [{ id: 'stop', prop: 'clicks' }],
      inputs: [{ id: 'run', prop: 'clicks' }], state: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'out', prop: 'text' }],
    },
    { id: 'echo', inputs: [{ id: 'out', prop: 'text', as: 'result' }], outputs: [{ id: 'after', prop: 'text' }], preventInitialCall: true },
    { id: 'square', cache: { ttlSeconds: 0.6 }, inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'sq', prop: 'text' }], preventInitialCall: true },
    { id: 'slow', background: true, preventInitialCall: true, inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'slowOut', prop: 'text' }] },
    { id: 'spin', background: true, timeoutMs: 400, preventInitialCall: true, inputs: [{ id: 'stop', prop: 'clicks' }], outputs: [{ id: 'spinOut', prop: 'text' }] },
    { id: 'which', cache: { ttlSeconds: 60 }, preventInitialCall: true, inputs: [{ id: 'n', prop: 'value', as: 'n' }, { id: 'stop', prop: 'clicks', as: 'stops' }], outputs: [{ id: 'whichOut', prop: 'text' }] },
    { id: 'noisy', preventInitialCall: true, inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'noisyOut', prop: 'text' }] },
  ],
};

const sources = {
  crunch: `export default async function crunch({ n }: { n: number }, ctx: { progress(f: number, m?: string): void }) {
  for (let i = 1; i <= n; i++) {
    await new Promise((r) => setTimeout(r, 60));
    ctx.progress(i / n, \`step \${i} of \${n}\`);
  }
  return \`crunched \${n}\`;
}
`,
  echo: 'export default ({ result }: { result: string }) => `after: ${result}`;\n',
  square: 'export default ({ n }: { n: number }) => `square ${n * n} (run ${Date.now()})`;\n',
  which: 'export default (_: unknown, ctx: { triggered: string[] }) => `fired by ${ctx.triggered.join()}`;\n',
  slow: `export default function slow({ n }: { n: number }) {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {} // synchronous: only terminating the worker stops it
  return String(n);
}
`,
  spin: 'export default function spin() {\n  for (;;) {}\n}\n',
  // Not a background callback: progress is accepted and ignored, but a wrong argument is still an error.
  noisy: 'export default function noisy({ n }: { n: number }, ctx: { progress(f: unknown): void }) {\n  ctx.progress(0.5);\n  if (n === 13) ctx.progress("half");\n  return `noisy ${n}`;\n}\n',
};

let app: RunningApp;

beforeAll(async () => {
  app = await startApp(createCatalog(), { manifest, callbacks: sources }, { workers: 1, backgroundWorkers: 1 });
}, 30_000);

afterAll(async () => {
  await app?.close();
});

async function job(id: string): Promise<{ status: number; json: JobStatus & { error?: string } }> {
  const res = await app.get(`_dashwright/jobs/${id}`);
  return { status: res.status, json: (await res.json()) as JobStatus & { error?: string } };
}

async function cancel(id: string): Promise<{ status: number; json: JobStatus & { error?: string } }> {
  const res = await app.get(`_dashwright/jobs/${id}/cancel`, { method: 'POST' });
  return { status: res.status, json: (await res.json()) as JobStatus & { error?: string } };
}

/** Polls until the job is no longer running; every status seen on the way. */
async function follow(id: string, limitMs = 10_000): Promise<JobStatus[]> {
  const seen: JobStatus[] = [];
  const until = Date.now() + limitMs;
  for (;;) {
    const { json } = await job(id);
    seen.push(json);
    if (json.state !== 'running' || Date.now() > until) return seen;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const runCrunch = (n: number) => app.post({ changed: ['run.clicks'], values: { 'run.clicks': 1, 'n.value': n } });

describe('background callbacks', () => {
  it('start as a job: the response names it and holds none of its outputs', async () => {
    const { status, json } = await runCrunch(4);
    expect(status).toBe(200);
    expect(json.updates).toEqual({});
    expect(json.ran).toEqual([]);
    expect(json.background).toEqual([{ callback: 'crunch', job: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
    const seen = await follow(json.background![0].job);
    const progress = seen.filter((s) => s.progress).map((s) => s.progress!.fraction);
    expect(progress.length).toBeGreaterThan(0);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress); // never goes back
    expect(seen.find((s) => s.progress)?.progress?.message).toMatch(/^step \d of 4$/);
    expect(seen.at(-1)).toEqual({
      job: json.background![0].job,
      callback: 'crunch',
      state: 'done',
      updates: { 'out.text': 'crunched 4' },
      ran: ['crunch'],
      errors: [],
      timings: { crunch: expect.any(Number) },
    });
    // Downstream of the job's outputs is the page's next cascade, as for any change.
    const next = await app.post({ changed: ['out.text'], values: { 'out.text': 'crunched 4' } });
    expect(next.json.updates).toEqual({ 'after.text': 'after: crunched 4' });
  });

  it('cancel terminates the worker of a job stuck in synchronous code, and the server keeps serving', async () => {
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 2 }, callbacks: ['slow'] });
    const id = json.background![0].job;
    await new Promise((r) => setTimeout(r, 150));
    expect((await job(id)).json.state).toBe('running');
    const cancelled = await cancel(id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toEqual({ job: id, callback: 'slow', state: 'cancelled' });
    expect((await job(id)).json).toEqual({ job: id, callback: 'slow', state: 'cancelled' });
    expect(app.logs.some((l) => l.includes('"slow" was cancelled; stopping its worker'))).toBe(true);
    // The one background worker was replaced: the next job runs.
    const again = await runCrunch(1);
    expect((await follow(again.json.background![0].job)).at(-1)?.updates).toEqual({ 'out.text': 'crunched 1' });
    // Cancelling a finished job changes nothing.
    expect((await cancel(again.json.background![0].job)).json.state).toBe('done');
  });

  it('cancels a job still waiting for a worker without disturbing the one running', async () => {
    const busy = (await app.post({ changed: ['n.value'], values: { 'n.value': 5 }, callbacks: ['slow'] })).json.background![0].job;
    const queued = (await runCrunch(2)).json.background![0].job;
    await new Promise((r) => setTimeout(r, 100));
    expect((await job(queued)).json).toEqual({ job: queued, callback: 'crunch', state: 'running' }); // no progress yet: waiting
    expect((await cancel(queued)).json.state).toBe('cancelled');
    expect((await job(busy)).json.state).toBe('running');
    expect((await cancel(busy)).json.state).toBe('cancelled');
  });

  it('stops a job at its own time limit and reports it as an error', async () => {
    const { json } = await app.post({ changed: ['stop.clicks'], values: { 'stop.clicks': 1 }, callbacks: ['spin'] });
    const started = Date.now();
    const last = (await follow(json.background![0].job)).at(-1)!;
    expect(Date.now() - started).toBeLessThan(1500);
    expect(last.state).toBe('error');
    expect(last.updates).toEqual({});
    expect(last.errors).toEqual([{ callback: 'spin', message: 'callback "spin" ran longer than its 400 ms time limit and was stopped' }]);
  });

  it('ctx.progress does nothing in a callback that is not background, but still checks its argument', async () => {
    const fine = await app.post({ changed: ['n.value'], values: { 'n.value': 2 }, callbacks: ['noisy'] });
    expect(fine.json).toMatchObject({ updates: { 'noisyOut.text': 'noisy 2' }, errors: [] });
    const wrong = await app.post({ changed: ['n.value'], values: { 'n.value': 13 }, callbacks: ['noisy'] });
    expect(wrong.json.errors[0]!.message).toBe('ctx.progress(fraction, message?): fraction must be a number from 0 to 1, got string');
  });

  it('answers 404 JSON for an unknown job, 405 for a wrong method, never 5xx', async () => {
    const unknown = await job('00000000-0000-0000-0000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatch(/no background job/);
    expect((await cancel('nope')).status).toBe(404);
    expect((await app.get('_dashwright/jobs/%2e%2e%2fspec')).status).toBe(404);
    expect((await app.get('_dashwright/jobs/')).status).toBe(404);
    const wrong = await app.get('_dashwright/jobs/abc/cancel');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await app.get('_dashwright/jobs/abc', { method: 'DELETE' })).status).toBe(405);
  });
});

describe('cache per callback', () => {
  it('answers the same arguments from the cache until the ttl passes, and counts hits and misses', async () => {
    const before = (await (await app.get('_dashwright/stats')).json()) as StatsResponse;
    const first = await app.post({ changed: ['n.value'], values: { 'n.value': 7 }, callbacks: ['square'] });
    expect(first.json.cache).toEqual({ square: 'miss' });
    expect(first.json.ran).toEqual(['square']);
    const second = await app.post({ changed: ['n.value'], values: { 'n.value': 7 }, callbacks: ['square'] });
    expect(second.json.cache).toEqual({ square: 'hit' });
    expect(second.json.ran).toEqual(['square']);
    expect(second.json.updates).toEqual(first.json.updates); // same run stamp: not run again
    const other = await app.post({ changed: ['n.value'], values: { 'n.value': 8 }, callbacks: ['square'] });
    expect(other.json.cache).toEqual({ square: 'miss' });
    await new Promise((r) => setTimeout(r, 700)); // ttl 0.6 s
    const expired = await app.post({ changed: ['n.value'], values: { 'n.value': 7 }, callbacks: ['square'] });
    expect(expired.json.cache).toEqual({ square: 'miss' });
    expect(expired.json.updates).not.toEqual(first.json.updates);

    const stats = (await (await app.get('_dashwright/stats')).json()) as StatsResponse;
    const was = before.callbacks.square!;
    expect(stats.callbacks.square).toEqual({ runs: was.runs + 3, hits: was.hits + 1, misses: was.misses + 3, lastMs: expect.any(Number) });
    expect(stats.callbacks.crunch!.runs).toBeGreaterThanOrEqual(2); // background runs count too
    expect(Object.keys(stats.callbacks).sort()).toEqual(['crunch', 'echo', 'noisy', 'slow', 'spin', 'square', 'which']);
  });

  it('keys the cache by what fired for a callback that reads ctx.triggered', async () => {
    const values = { 'n.value': 4, 'stop.clicks': 0 };
    const byN = await app.post({ changed: ['n.value'], values, callbacks: ['which'] });
    expect(byN.json).toMatchObject({ updates: { 'whichOut.text': 'fired by n.value' }, cache: { which: 'miss' } });
    const byStop = await app.post({ changed: ['stop.clicks'], values, callbacks: ['which'] });
    expect(byStop.json).toMatchObject({ updates: { 'whichOut.text': 'fired by stop.clicks' }, cache: { which: 'miss' } });
    const again = await app.post({ changed: ['n.value'], values, callbacks: ['which'] });
    expect(again.json).toMatchObject({ updates: { 'whichOut.text': 'fired by n.value' }, cache: { which: 'hit' } });
  });

  it('leaves the cache field out when no cached callback took part (v1 responses unchanged)', async () => {
    const { json } = await app.post({ changed: ['out.text'], values: { 'out.text': 'x' } });
    expect(json).toEqual({ updates: { 'after.text': 'after: x' }, ran: ['echo'], errors: [], timings: { echo: expect.any(Number) } });
  });
});
