import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import type { JobStatus } from '../contracts/wire';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

// REDIS_URL (DESIGN §5): instances share the callback cache and queue background callbacks with
// BullMQ. Needs redis-server on this machine (.ci/run installs Debian's); without it these tests
// are skipped, saying why.
const redisServer = spawnSync('which', ['redis-server'], { encoding: 'utf8' }).stdout.trim();

const manifest = helloManifest();
(manifest.callbacks as Array<Record<string, unknown>>)[0]!.cache = { ttlSeconds: 60 };
(manifest.components as unknown[]).push({ id: 'late', type: 'text', props: { text: '' }, grid: { x: 0, y: 2, w: 6, h: 2 } });
(manifest.callbacks as unknown[]).push({ id: 'slow', inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'late', prop: 'text' }], background: true, preventInitialCall: true });
(manifest as Record<string, unknown>).values = [{ id: 'rows' }];
(manifest.components as unknown[]).push({ id: 'sum', type: 'text', props: { text: '' }, grid: { x: 6, y: 2, w: 6, h: 2 } });
(manifest.callbacks as unknown[]).push(
  { id: 'produce', inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'rows', prop: 'value', as: 'rows' }], preventInitialCall: true },
  { id: 'consume', inputs: [{ id: 'rows', prop: 'value', as: 'rows' }], outputs: [{ id: 'sum', prop: 'text' }], preventInitialCall: true },
);
const produceSource = 'export default ({ n }: { n: number }) => Array.from({ length: n }, (_, i) => i + 1);\n';
const consumeSource = 'export default ({ rows }: { rows: number[] }) => `sum ${rows.reduce((a, b) => a + b, 0)}`;\n';
const slowSource =
  'export default async function slow({ n }: { n: number }, ctx: { progress(f: number, m?: string): void }): Promise<string> {\n' +
  '  for (let i = 1; i <= 8; i++) {\n    await new Promise((r) => setTimeout(r, 150));\n    ctx.progress(i / 8, `step ${i}`);\n  }\n  return `late ${n}`;\n}\n';
const body = { changed: ['n.value'], values: { 'n.value': 6 } };

describe.skipIf(!redisServer)(`a callback cache shared through Redis${redisServer ? '' : ' (skipped: no redis-server here)'}`, () => {
  let redis: ChildProcess | undefined;
  let url = '';
  const apps: RunningApp[] = [];
  const jobsStarted: string[] = [];

  beforeAll(async () => {
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    url = `redis://127.0.0.1:${port}`;
    redis = spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      redis!.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (/ready to accept connections/i.test(out)) resolve();
      });
      redis!.once('exit', (code) => reject(new Error(`redis-server exited ${code}: ${out}`)));
    });
    for (let i = 0; i < 2; i++) apps.push(await startApp(createCatalog(), { manifest, callbacks: { double: doubleSource, slow: slowSource, produce: produceSource, consume: consumeSource } }, { workers: 1, redisUrl: url }));
  }, 30_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    redis?.kill();
  });

  it('a result one instance computed is a hit on the other', async () => {
    const [a, b] = apps as [RunningApp, RunningApp];
    const first = await a.post(body);
    expect(first.json).toMatchObject({ updates: { 'out.text': 'twice 6 is 12' }, cache: { double: 'miss' } });
    jobsStarted.push(...(first.json.background ?? []).map((b) => b.job));
    await expect.poll(async () => (await b.post(body)).json.cache?.double).toBe('hit');
    const again = await b.post(body);
    expect(again.json.updates).toMatchObject({ 'out.text': 'twice 6 is 12' });
    const stats = (await (await b.get('_dashwright/stats')).json()) as { callbacks: Record<string, { runs: number; hits: number }> };
    expect(stats.callbacks.double!.runs).toBe(0); // b never ran it
  });

  it('a named value one instance computed is not computed again by the other', async () => {
    const [a, b] = apps as [RunningApp, RunningApp];
    const onA = await a.post({ changed: ['n.value'], values: { 'n.value': 11 }, callbacks: ['produce', 'consume'] });
    expect(onA.json).toMatchObject({ updates: { 'sum.text': 'sum 66' }, ran: ['produce', 'consume'] });
    // b has the same inputs for produce: it takes rows from the shared memo instead of running it
    await expect.poll(async () => (await b.post({ changed: ['n.value'], values: { 'n.value': 11 }, callbacks: ['produce', 'consume'] })).json.ran).toEqual(['consume']);
    const stats = (await (await b.get('_dashwright/stats')).json()) as { callbacks: Record<string, { runs: number }> };
    expect(stats.callbacks.produce!.runs).toBe(0);
  });

  it('queues a background callback: any instance reports its progress and result', async () => {
    const [a, b] = apps as [RunningApp, RunningApp];
    const started = await a.post({ changed: ['n.value'], values: { 'n.value': 2 } });
    const job = started.json.background?.find((r) => r.callback === 'slow')?.job;
    expect(job).toMatch(/^[0-9a-f-]{36}$/);
    const statusOn = async (app: RunningApp) => (await (await app.get(`_dashwright/jobs/${job}`)).json()) as JobStatus;
    await expect.poll(async () => (await statusOn(b)).progress?.message ?? '', { timeout: 10_000 }).toMatch(/^step \d$/);
    await expect.poll(async () => (await statusOn(b)).state, { timeout: 10_000 }).toBe('done');
    expect(await statusOn(a)).toMatchObject({ state: 'done', updates: { 'late.text': 'late 2' }, ran: ['slow'], errors: [] });
  });

  it('cancels a queued job from another instance than the one running it', async () => {
    const [a, b] = apps as [RunningApp, RunningApp];
    const started = await a.post({ changed: ['n.value'], values: { 'n.value': 3 } });
    const job = started.json.background?.find((r) => r.callback === 'slow')?.job;
    await expect.poll(async () => ((await (await b.get(`_dashwright/jobs/${job}`)).json()) as JobStatus).progress?.fraction ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const cancelled = (await (await b.get(`_dashwright/jobs/${job}/cancel`, { method: 'POST' })).json()) as JobStatus;
    expect(cancelled.state).toBe('cancelled');
    await expect.poll(() => apps.some((x) => x.logs.some((l) => l.includes('background job of "slow" cancelled: cancelled by the page'))), { timeout: 10_000 }).toBe(true);
    expect(((await (await a.get(`_dashwright/jobs/${job}`)).json()) as JobStatus).state).toBe('cancelled');
  });

  it('keeps answering when Redis goes away: the callback simply runs', async () => {
    redis?.kill();
    await new Promise((r) => setTimeout(r, 200));
    const [, b] = apps as [RunningApp, RunningApp];
    const res = await b.post({ changed: ['n.value'], values: { 'n.value': 7 } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ updates: { 'out.text': 'twice 7 is 14' }, cache: { double: 'miss' } });
    // The background callback cannot be queued: said as its error, the rest still answered
    expect(res.json.errors).toEqual([expect.objectContaining({ callback: 'slow', message: expect.stringMatching(/background queue \(Redis\) is unavailable/) })]);
    await expect.poll(() => b.logs.some((l) => /shared cache .* failed/.test(l))).toBe(true);
  });
});
