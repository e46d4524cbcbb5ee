import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

// REDIS_URL (DESIGN §5): instances share the callback cache. Needs redis-server on this machine
// (.ci/run installs Debian's); without it these tests are skipped, saying why.
const redisServer = spawnSync('which', ['redis-server'], { encoding: 'utf8' }).stdout.trim();

const manifest = helloManifest();
(manifest.callbacks as Array<Record<string, unknown>>)[0]!.cache = { ttlSeconds: 60 };
const body = { changed: ['n.value'], values: { 'n.value': 6 } };

describe.skipIf(!redisServer)(`a callback cache shared through Redis${redisServer ? '' : ' (skipped: no redis-server here)'}`, () => {
  let redis: ChildProcess | undefined;
  let url = '';
  const apps: RunningApp[] = [];

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
    for (let i = 0; i < 2; i++) apps.push(await startApp(createCatalog(), { manifest, callbacks: { double: doubleSource } }, { workers: 1, redisUrl: url }));
  }, 30_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    redis?.kill();
  });

  it('a result one instance computed is a hit on the other', async () => {
    const [a, b] = apps as [RunningApp, RunningApp];
    const first = await a.post(body);
    expect(first.json).toMatchObject({ updates: { 'out.text': 'twice 6 is 12' }, cache: { double: 'miss' } });
    await expect.poll(async () => (await b.post(body)).json.cache?.double).toBe('hit');
    const again = await b.post(body);
    expect(again.json.updates).toEqual({ 'out.text': 'twice 6 is 12' });
    const stats = (await (await b.get('_dashwright/stats')).json()) as { callbacks: Record<string, { runs: number; hits: number }> };
    expect(stats.callbacks.double!.runs).toBe(0); // b never ran it
  });

  it('keeps answering when Redis goes away: the callback simply runs', async () => {
    redis?.kill();
    await new Promise((r) => setTimeout(r, 200));
    const [, b] = apps as [RunningApp, RunningApp];
    const res = await b.post({ changed: ['n.value'], values: { 'n.value': 7 } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ updates: { 'out.text': 'twice 7 is 14' }, cache: { double: 'miss' }, errors: [] });
    await expect.poll(() => b.logs.some((l) => /shared cache .* failed/.test(l))).toBe(true);
  });
});
