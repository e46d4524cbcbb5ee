import { promises as fs } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { createAppServer } from './appServer';
import { compileFolder, doubleSource, helloManifest, startApp, testAssets, writeProject, type RunningApp } from './testkit';

const manifest = helloManifest();
(manifest.components as unknown[]).push(
  { id: 'k', type: 'slider', props: { value: 0 }, grid: { x: 0, y: 2, w: 4, h: 1 } },
  { id: 'res', type: 'text', props: { text: '' }, grid: { x: 4, y: 2, w: 4, h: 1 } },
);
const onK = (id: string, extra: Record<string, unknown> = {}) => ({ id, inputs: [{ id: 'k', prop: 'value', as: 'k' }], outputs: [{ id: 'res', prop: 'text' }], preventInitialCall: true, ...extra });
// Each writes res.text, so only one may: the graph takes the first producer, which is fine here
// because every request below names the callback it runs.
(manifest.callbacks as unknown[]).push(
  onK('spin', { timeoutMs: 1000 }),
  onK('spinDefault'),
  onK('never', { timeoutMs: 500 }),
  onK('quit'),
  onK('hangsAtLoad'),
  onK('late'),
);

const sources = {
  double: doubleSource,
  spin: 'export default function spin() {\n  while (true) {}\n}\n',
  spinDefault: 'export default function () {\n  for (;;) {}\n}\n',
  never: 'export default () => new Promise(() => {});\n',
  quit: 'export default () => { process.exit(3); };\n',
  hangsAtLoad: 'while (true) {}\nexport default () => "never loaded";\n',
  late: 'export default () => {\n  setTimeout(() => { throw new Error("thrown later"); }, 5);\n  Promise.reject(new Error("never handled"));\n  return "done";\n};\n',
};

let app: RunningApp;

beforeAll(async () => {
  // One worker: every request after a stopped callback needs the replacement worker.
  app = await startApp(createCatalog(), { manifest, callbacks: sources }, { workers: 1, callbackTimeoutMs: 800 });
}, 20_000);

afterAll(async () => {
  await app?.close();
});

const hello = { changed: ['n.value'], values: { 'n.value': 5 } };
const onlyK = (callback: string) => ({ changed: ['k.value'], values: { 'k.value': 1 }, callbacks: [callback] });

describe('time limits and crashes', () => {
  it('answers the DESIGN §4 example exactly', async () => {
    const { status, json } = await app.post(hello);
    expect(status).toBe(200);
    expect(json).toEqual({ updates: { 'out.text': 'twice 5 is 10' }, ran: ['double'], errors: [], timings: { double: expect.any(Number) } });
  });

  it('stops a callback in an endless synchronous loop within 1 s of its timeoutMs, and keeps serving', async () => {
    const started = Date.now();
    const { status, json } = await app.post(onlyK('spin'));
    const elapsed = Date.now() - started;
    expect(status).toBe(200);
    expect(json.errors).toEqual([{ callback: 'spin', message: 'callback "spin" ran longer than its 1000 ms time limit and was stopped' }]);
    expect(json.updates).toEqual({});
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(2000);
    const next = await app.post(hello);
    expect(next.json.updates).toEqual({ 'out.text': 'twice 5 is 10' });
    expect(app.logs.some((l) => l.includes('"spin" ran past its 1000 ms limit'))).toBe(true);
  });

  it('uses the server time limit for callbacks without timeoutMs', async () => {
    const started = Date.now();
    const { json } = await app.post(onlyK('spinDefault'));
    expect(json.errors[0].message).toMatch(/its 800 ms time limit/);
    expect(Date.now() - started).toBeLessThan(1800);
    expect((await app.post(hello)).json.errors).toEqual([]);
  });

  it('stops an async callback that never settles', async () => {
    const { json } = await app.post(onlyK('never'));
    expect(json.errors[0].message).toMatch(/its 500 ms time limit/);
  });

  it('survives a callback that exits its worker', async () => {
    const { status, json } = await app.post(onlyK('quit'));
    expect(status).toBe(200);
    expect(json.errors[0].message).toMatch(/stopped unexpectedly \(exit code 3\)/);
    expect((await app.post(hello)).json.updates).toEqual({ 'out.text': 'twice 5 is 10' });
  });

  it('keeps the worker when a callback throws from background work', async () => {
    const exitsBefore = app.logs.filter((l) => l.includes('exited unexpectedly')).length;
    expect((await app.post(onlyK('late'))).json.updates).toEqual({ 'res.text': 'done' });
    await new Promise((r) => setTimeout(r, 50));
    expect((await app.post(hello)).json.updates).toEqual({ 'out.text': 'twice 5 is 10' });
    expect(app.logs.some((l) => l.includes('thrown later'))).toBe(true);
    expect(app.logs.some((l) => l.includes('never handled'))).toBe(true);
    expect(app.logs.filter((l) => l.includes('exited unexpectedly')).length).toBe(exitsBefore);
  });

  it('skips a module whose top-level code hangs, reporting it, and loads the rest', async () => {
    const { json } = await app.post(onlyK('hangsAtLoad'));
    expect(json.errors[0].message).toMatch(/top-level code of callbacks\/hangsAtLoad\.ts ran longer than 800 ms/);
    expect((await app.post(hello)).json.errors).toEqual([]);
  });

  it('serves many concurrent requests while one callback is being stopped', async () => {
    const spin = app.post(onlyK('spin'));
    const many = await Promise.all(Array.from({ length: 20 }, (_, i) => app.post({ changed: ['n.value'], values: { 'n.value': i } })));
    expect(many.map((r) => r.json.updates['out.text'])).toEqual(Array.from({ length: 20 }, (_, i) => `twice ${i} is ${i * 2}`));
    expect((await spin).json.errors[0].callback).toBe('spin');
  });

  it('answers a straight-line callback while the only worker is stuck in an endless loop', async () => {
    const finished: string[] = [];
    const spin = app.post(onlyK('spin')).then((r) => {
      finished.push('spin');
      return r;
    });
    await new Promise((r) => setTimeout(r, 50)); // the worker is in spin's loop by now
    const hello5 = await app.post(hello);
    finished.push('double');
    expect(hello5.json).toMatchObject({ updates: { 'out.text': 'twice 5 is 10' }, errors: [] });
    expect((await spin).json.errors[0].callback).toBe('spin');
    // double ran on the event loop: it did not wait for spin to be stopped
    expect(finished).toEqual(['double', 'spin']);
  });
});

describe('CALLBACK_TIMEOUT_MS', () => {
  const saved = process.env.CALLBACK_TIMEOUT_MS;
  afterEach(() => {
    if (saved === undefined) delete process.env.CALLBACK_TIMEOUT_MS;
    else process.env.CALLBACK_TIMEOUT_MS = saved;
  });

  it('sets the limit when the server option does not', async () => {
    process.env.CALLBACK_TIMEOUT_MS = '600';
    const dir = await writeProject({ manifest, callbacks: sources });
    const server = await createAppServer({ catalog: createCatalog(), clientAssets: testAssets(), workers: 1 });
    try {
      await server.setApp(await compileFolder(dir));
      const { url } = await server.listen(0);
      const res = await fetch(new URL('_dashwright/update', url), { method: 'POST', body: JSON.stringify(onlyK('spinDefault')) });
      const json = (await res.json()) as { errors: { message: string }[] };
      expect(json.errors[0].message).toMatch(/its 600 ms time limit/);
    } finally {
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 20_000);
});
