import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// SIGTERM on a real exported server (issue 8.3, DESIGN §8): every request in flight completes.
const ROOT = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'dw-shutdown-'));
const out = join(tmp, 'app');
const CLIENTS = 20;

let server: ChildProcess | undefined;
let base = '';
let stdout = '';

beforeAll(async () => {
  const project = join(tmp, 'slow');
  cpSync(join(ROOT, 'examples', 'hello'), project, { recursive: true });
  // Async and on a timer, so it runs in a worker and takes a while: a cascade in flight.
  writeFileSync(join(project, 'callbacks', 'double.ts'), 'export default async function double({ n }: { n: number }): Promise<string> {\n  await new Promise((r) => setTimeout(r, 200));\n  return `twice ${n} is ${n * 2}`;\n}\n');
  const exported = spawnSync(process.execPath, [join(ROOT, 'bin', 'dashwright.mjs'), 'export', project, '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(exported.status, exported.stderr).toBe(0);
  server = spawn(process.execPath, ['server.mjs'], { cwd: out, env: { ...process.env, PORT: '0', WORKERS: '2', SHUTDOWN_DELAY_MS: '500', SHUTDOWN_GRACE_MS: '20000' } });
  base = await new Promise<string>((done, fail) => {
    server!.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(stdout);
      if (m) done(m[1]);
    });
    server!.once('exit', (code) => fail(new Error(`server exited ${code}: ${stdout}`)));
  });
}, 180_000);

afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

const post = (n: number) =>
  fetch(new URL('_dashwright/update', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ changed: ['n.value'], values: { 'n.value': n } }) }).then(async (res) => ({
    status: res.status,
    json: (await res.json()) as { updates: Record<string, unknown>; errors: unknown[] },
  }));

describe('SIGTERM', { timeout: 60_000 }, () => {
  it('is ready before, then answers /readyz 503 at once, keeps /healthz, completes every request in flight, and exits 0', async () => {
    expect((await fetch(new URL('readyz', base))).status).toBe(200);
    // Warm up: the first cascade waits for the workers to load the app.
    expect((await post(1)).json.errors).toEqual([]);
    const exited = new Promise<number | null>((done) => server!.once('exit', (code) => done(code)));
    const inFlight = Array.from({ length: CLIENTS }, (_, i) => post(i % 10));
    // Every request has reached the server once the sockets are written; give them a moment.
    await new Promise((r) => setTimeout(r, 100));
    const draining = new Promise<void>((done) => {
      const check = (): void => {
        if (!stdout.includes('shutting down: not ready')) return;
        server!.stdout!.off('data', check);
        done();
      };
      server!.stdout!.on('data', check);
    });
    server!.kill('SIGTERM');
    await draining; // the signal has been handled
    // A new connection is still taken during SHUTDOWN_DELAY_MS, so a load balancer can notice.
    const readyz = await fetch(new URL('readyz', base), { headers: { connection: 'close' } });
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toEqual({ ok: false, error: 'the server is shutting down' });
    expect((await fetch(new URL('healthz', base), { headers: { connection: 'close' } })).status).toBe(200);
    const results = await Promise.all(inFlight);
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: CLIENTS }, () => 200));
    expect(results.map((r) => r.json.updates['out.text'])).toEqual(Array.from({ length: CLIENTS }, (_, i) => `twice ${i % 10} is ${(i % 10) * 2}`));
    expect(await exited).toBe(0);
  });
});
