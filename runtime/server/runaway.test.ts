import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

// Callbacks that grow without a loop, call or `new` (issue 8, items 1 and 2): each must be
// stopped at a limit, in a worker, while the server keeps answering.
const manifest = helloManifest();
(manifest.components as unknown[]).push(
  { id: 'k', type: 'slider', props: { value: 0 }, grid: { x: 0, y: 2, w: 4, h: 1 } },
  { id: 'res', type: 'text', props: { text: '' }, grid: { x: 4, y: 2, w: 4, h: 1 } },
);
const onK = (id: string, extra: Record<string, unknown> = {}) => ({ id, inputs: [{ id: 'k', prop: 'value', as: 'k' }], outputs: [{ id: 'res', prop: 'text' }], preventInitialCall: true, ...extra });
(manifest.callbacks as unknown[]).push(onK('doubling', { timeoutMs: 1500 }), onK('allocates', { timeoutMs: 20_000 }), onK('strings', { timeoutMs: 1500 }));

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i + 1)).join('\n  ');
const sources = {
  double: doubleSource,
  // The issue's 27-line spread doubling: it killed the whole server (heap out of memory).
  doubling: `export default function doubling({ k }: { k: number }) {\n  const a0 = [k, k, k, k];\n  ${lines(27, (i) => `const a${i} = [...a${i - 1}, ...a${i - 1}];`)}\n  return String(a27.length);\n}\n`,
  // Straight-line growth without a spread: nested sharing, serialized at the end.
  strings: `export default function strings({ k }: { k: number }) {\n  let s = "x" + k;\n  ${lines(40, () => 's = s + s;')}\n  return s;\n}\n`,
  allocates: 'export default function allocates() {\n  const keep: number[][] = [];\n  for (;;) keep.push(new Array(1e6).fill(1));\n}\n',
};

let app: RunningApp;

beforeAll(async () => {
  app = await startApp(createCatalog(), { manifest, callbacks: sources }, { workers: 1, callbackMemoryMb: 64 });
}, 20_000);

afterAll(async () => {
  await app?.close();
});

const hello = { changed: ['n.value'], values: { 'n.value': 5 } };
const onlyK = (callback: string) => ({ changed: ['k.value'], values: { 'k.value': 1 }, callbacks: [callback] });

/** Polls /healthz until `pending` settles; every answer must be 200, and at least one must come before it settles. */
async function healthzWhile<T>(pending: Promise<T>): Promise<{ result: T; answered: number }> {
  let settled = false;
  let answered = 0;
  const done = pending.finally(() => {
    settled = true;
  });
  while (!settled) {
    const res = await Promise.race([app.get('/healthz'), done.then(() => undefined)]);
    if (!res) break;
    expect(res.status).toBe(200);
    if (!settled) answered += 1;
    await new Promise((r) => setTimeout(r, 20));
  }
  return { result: await done, answered };
}

describe('runaway straight-line callbacks', () => {
  it('compiles neither doubling callback to the event loop', () => {
    expect(app.app.server.doubling.bounded).toBeUndefined();
    expect(app.app.server.strings.bounded).toBeUndefined();
    expect(app.app.server.double.bounded).toBe(true);
  });

  it('stops the 27-line doubling callback at a limit while /healthz answers throughout', async () => {
    const { result, answered } = await healthzWhile(app.post(onlyK('doubling')));
    expect(result.status).toBe(200);
    expect(result.json.errors).toHaveLength(1);
    expect(result.json.errors[0].message).toMatch(/callback "doubling" (ran longer than its 1500 ms time limit|ran out of memory \(limit 64 MB\)) and was stopped/);
    expect(answered).toBeGreaterThan(0);
    expect((await app.post(hello)).json.updates).toEqual({ 'out.text': 'twice 5 is 10' });
  }, 20_000);

  it('runs a doubling string in a worker, where it fails alone', async () => {
    const { json } = await app.post(onlyK('strings'));
    expect(json.errors[0].message).toMatch(/Invalid string length|callback "strings" (ran longer than its 1500 ms time limit|ran out of memory)/);
    expect((await app.post(hello)).json.updates).toEqual({ 'out.text': 'twice 5 is 10' });
  }, 20_000);
});

describe('CALLBACK_MEMORY_MB', () => {
  it('stops a callback that allocates without bound with an out-of-memory error, restarts the worker, and keeps serving', async () => {
    const { status, json } = await app.post(onlyK('allocates'));
    expect(status).toBe(200);
    expect(json.errors).toEqual([{ callback: 'allocates', message: 'callback "allocates" ran out of memory (limit 64 MB) and was stopped' }]);
    expect(app.logs.some((l) => l.includes('ran out of memory (limit 64 MB) running "allocates"'))).toBe(true);
    // One worker: this needs its replacement.
    expect((await app.post(onlyK('doubling'))).json.errors[0].callback).toBe('doubling');
    expect((await app.post(hello)).json.updates).toEqual({ 'out.text': 'twice 5 is 10' });
  }, 30_000);
});
