import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { createJsonLog } from './jsonLog';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

const manifest = helloManifest();
(manifest.callbacks as Array<Record<string, unknown>>).push({ id: 'boom', inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'n', prop: 'max' }], placement: 'server' });

describe('JSON logs (LOG_FORMAT=json)', () => {
  const lines: Array<Record<string, unknown>> = [];
  let app: RunningApp;

  beforeAll(async () => {
    const json = await createJsonLog({ write: (text: string) => void lines.push(JSON.parse(text) as Record<string, unknown>) });
    app = await startApp(createCatalog(), { manifest, callbacks: { double: doubleSource, boom: 'export default function boom({ n }: { n: number }): number {\n  throw new Error(`no ${n}`);\n}\n' } }, { workers: 1, requestLog: json.requestLog, log: json.log });
  }, 20_000);

  afterAll(async () => {
    await app?.close();
  });

  it('logs each request with its id, sent back as X-Request-Id, and its failed callbacks under the same id', async () => {
    const res = await fetch(new URL('_dashwright/update', app.url), { method: 'POST', headers: { 'x-request-id': 'abc-123' }, body: JSON.stringify({ changed: ['n.value'], values: { 'n.value': 4 } }) });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    await res.json();
    const health = await app.get('/healthz');
    const madeId = health.headers.get('x-request-id');
    expect(madeId).toMatch(/^[0-9a-f-]{36}$/);
    await health.text();
    // The access line is written when the response closes, which may follow the client's read.
    for (let i = 0; i < 100 && !lines.some((l) => l.reqId === madeId); i++) await new Promise((r) => setTimeout(r, 10));
    const access = lines.find((l) => l.reqId === 'abc-123' && l.path === '/_dashwright/update');
    expect(access).toMatchObject({ level: 30, method: 'POST', status: 200, failed: ['boom'], msg: 'POST /_dashwright/update 200' });
    expect(typeof access?.ms).toBe('number');
    expect(lines.find((l) => l.reqId === 'abc-123' && l.callback === 'boom')).toMatchObject({ level: 40, msg: expect.stringContaining('callback "boom" failed: no 4') });
    expect(lines.some((l) => l.reqId === madeId && l.path === '/healthz')).toBe(true);
  });

  it('refuses a request id that is not a plain token and makes one', async () => {
    const res = await app.get('/healthz', { headers: { 'x-request-id': 'a b\u00e9' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
