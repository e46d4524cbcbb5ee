import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import type { AppSpec } from '../contracts/spec';
import { compileApp } from './compile';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

const manifest = helloManifest();
manifest.name = 'Hello <World>';
(manifest.components as unknown[]).push(
  { id: 'label', type: 'text', props: { text: '' }, grid: { x: 0, y: 2, w: 6, h: 2 } },
  { id: 'loud', type: 'text', props: { text: '' }, grid: { x: 6, y: 2, w: 6, h: 2 } },
);
(manifest.callbacks as unknown[]).push(
  { id: 'boom', inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'label', prop: 'text' }], preventInitialCall: true },
  { id: 'shout', inputs: [{ id: 'out', prop: 'text', as: 'text' }], outputs: [{ id: 'loud', prop: 'text' }], placement: 'client' },
);

// line 4 throws
const boomSource = 'export default function boom({ n }: { n: number }): string {\n  const limit = 7;\n  if (n > limit) {\n    throw new Error(`n is too big: ${n}`);\n  }\n  return "ok";\n}\n';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp(createCatalog(), {
    manifest,
    callbacks: { double: doubleSource, boom: boomSource, shout: 'export default ({ text }: { text: string }) => text.toUpperCase();\n' },
  });
});

afterAll(async () => {
  await app?.close();
});

describe('POST /_dashwright/update', () => {
  it('answers the DESIGN §4 example exactly', async () => {
    const { status, json } = await app.post({ changed: ['n.value'], values: { 'n.value': 5 } });
    expect(status).toBe(200);
    expect(json.updates).toEqual({ 'out.text': 'twice 5 is 10', 'label.text': 'ok' });
    expect(json.ran).toEqual(['double', 'boom']);
    expect(json.errors).toEqual([]);
    expect(Object.keys(json.timings ?? {})).toEqual(expect.arrayContaining(['double', 'boom']));
  });

  it('reports a throwing callback with its stack mapped to the .ts line, and still runs the rest', async () => {
    const { status, json } = await app.post({ changed: ['n.value'], values: { 'n.value': 9 } });
    expect(status).toBe(200);
    expect(json.updates).toEqual({ 'out.text': 'twice 9 is 18' });
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0].callback).toBe('boom');
    expect(json.errors[0].message).toBe('n is too big: 9');
    expect(json.errors[0].stack).toMatch(/callbacks\/boom\.ts:4:\d+/);
    expect(json.errors[0].stack).not.toMatch(/data:|node:internal/);
  });

  it('refuses a body that is not JSON', async () => {
    const { status, json } = await app.post('{');
    expect(status).toBe(400);
    expect(json.error).toMatch(/not valid JSON/);
  });

  it('refuses a body of the wrong shape', async () => {
    expect((await app.post({ changed: 'n.value' })).status).toBe(400);
    expect((await app.post([1, 2])).status).toBe(400);
    expect((await app.post('')).status).toBe(400);
  });

  it('refuses unknown ids and props', async () => {
    const unknownProp = await app.post({ changed: ['n.colour'], values: {} });
    expect(unknownProp.status).toBe(400);
    expect(unknownProp.json.error).toMatch(/component "n" \(slider\) has no prop "colour"/);
    const unknownId = await app.post({ changed: [], values: { 'ghost.value': 1 } });
    expect(unknownId.status).toBe(400);
    expect(unknownId.json.error).toMatch(/no component or value "ghost"/);
    const unknownCallback = await app.post({ changed: ['n.value'], values: { 'n.value': 1 }, callbacks: ['nope'] });
    expect(unknownCallback.status).toBe(400);
    expect(unknownCallback.json.error).toMatch(/unknown callback "nope"/);
  });

  it('refuses a value of the wrong type for the prop', async () => {
    const { status, json } = await app.post({ changed: ['n.value'], values: { 'n.value': 'five' } });
    expect(status).toBe(400);
    expect(json.error).toMatch(/values\["n\.value"\]/);
  });

  it('refuses a body over 1 MB', async () => {
    const big = JSON.stringify({ changed: ['n.value'], values: { 'out.text': 'x'.repeat(1_200_000) } });
    const res = await app.get('_dashwright/update', { method: 'POST', body: big, headers: { 'content-type': 'application/json' } });
    expect([400, 413]).toContain(res.status);
    expect(((await res.json()) as { error: string }).error).toMatch(/larger than/);
  });

  it('leaves client callbacks to the browser, and restricts to `callbacks` when asked', async () => {
    const all = await app.post({ changed: ['n.value'], values: { 'n.value': 2 } });
    expect(all.json.ran).not.toContain('shout');
    const only = await app.post({ changed: ['n.value'], values: { 'n.value': 2 }, callbacks: ['double'] });
    expect(only.json.ran).toEqual(['double']);
    expect(only.json.updates).toEqual({ 'out.text': 'twice 2 is 4' });
  });

  it('runs the initial load without preventInitialCall callbacks', async () => {
    const { status, json } = await app.post({ changed: [], values: {}, initial: true });
    expect(status).toBe(200);
    expect(json.ran).toEqual(['double']);
    expect(json.updates).toEqual({ 'out.text': 'twice 3 is 6' });
  });
});

describe('routes', () => {
  it('serves the page with relative asset URLs and the project name as title', async () => {
    const res = await app.get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('<link rel="stylesheet" href="_dashwright/assets/app.css">');
    expect(html).toContain('<script type="module" src="_dashwright/assets/app.js"></script>');
    expect(html).toContain('<title>Hello &#60;World&#62;</title>');
    expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml,/); // a favicon, with no request of its own
  });

  it('answers /healthz', async () => {
    const res = await app.get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves the spec without server code, pointing at the client callbacks module', async () => {
    const spec = (await (await app.get('/_dashwright/spec')).json()) as AppSpec;
    expect(spec.name).toBe('Hello <World>');
    expect(spec.revision).toBe(app.app.revision);
    expect(spec.callbacks.map((c) => c.id)).toEqual(['double', 'boom', 'shout']);
    expect(spec.clientCallbacksUrl).toBe(`_dashwright/client-callbacks.js?rev=${app.app.revision}`);
    expect(JSON.stringify(spec)).not.toContain('twice');
    const res = await app.get(spec.clientCallbacksUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    const code = await res.text();
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: Record<string, (a: { text: string }) => string> };
    expect(Object.keys(mod.default)).toEqual(['shout']);
    expect(mod.default.shout({ text: 'hi' })).toBe('HI');
  });

  it('serves assets from memory with cache headers by name', async () => {
    const hashed = await app.get('/_dashwright/assets/chunk-AB12CD34.js');
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toContain('immutable');
    const plain = await app.get('/_dashwright/assets/app.js');
    expect(plain.headers.get('cache-control')).toBe('no-cache');
    const etag = plain.headers.get('etag')!;
    expect((await app.get('/_dashwright/assets/app.js', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await app.get('/_dashwright/assets/nope.js')).status).toBe(404);
    expect((await app.get('/_dashwright/assets/%E0%A4%A')).status).toBe(400);
  });

  it('answers 404 for unknown routes and 405 for wrong methods', async () => {
    expect((await app.get('/nowhere')).status).toBe(404);
    const wrong = await app.get('/_dashwright/update');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await app.get('/healthz', { method: 'DELETE' })).status).toBe(405);
  });
});

describe('setApp', () => {
  it('hot-swaps the app: new requests run the new code and the spec has the new revision', async () => {
    const before = app.app.revision;
    const next = await compileApp({
      project: app.app.project,
      callbacks: { double: 'export default ({ n }: { n: number }) => `thrice ${n} is ${n * 3}`;\n', boom: boomSource, shout: 'export default () => "";\n' },
    });
    expect(next.revision).not.toBe(before);
    await app.server.setApp(next);
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 2 }, callbacks: ['double'] });
    expect(json.updates).toEqual({ 'out.text': 'thrice 2 is 6' });
    const spec = (await (await app.get('/_dashwright/spec')).json()) as AppSpec;
    expect(spec.revision).toBe(next.revision);
  });
});

describe('robustness', () => {
  it('answers every odd request with a 4xx JSON error, never a 5xx', async () => {
    const bodies: unknown[] = [
      null,
      42,
      'text',
      { changed: null },
      { changed: ['n.value'], values: null },
      JSON.parse('{"changed":["n.value"],"values":{"__proto__":{"x":1}}}'),
      { changed: ['.'], values: {} },
      { changed: ['n.'], values: {} },
      { changed: Array.from({ length: 5000 }, () => 'n.nope') },
      { changed: ['n.value'], values: { 'n.value': null } },
      { changed: ['n.value'], values: { 'n.value': { deep: [1, 2] } } },
      { changed: ['n.value'], values: { 'out.text': 12 } },
      { changed: ['n.value'], callbacks: 'double' },
      { changed: ['n.value'], initial: 'yes' },
    ];
    for (const body of bodies) {
      const { status, json } = await app.post(body);
      expect(status, JSON.stringify(body)?.slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(typeof json.error).toBe('string');
    }
    for (const [pathname, method] of [['/_dashwright/spec', 'POST'], ['/..%2f..%2fetc/passwd', 'GET'], ['/_dashwright/assets/../../x', 'GET'], [`/${'a'.repeat(5000)}`, 'GET']] as const) {
      const res = await app.get(pathname, { method });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await app.post({ changed: ['n.value'], values: { 'n.value': 1 } })).status).toBe(200);
  });
});
