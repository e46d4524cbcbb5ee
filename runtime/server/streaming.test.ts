import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import type { UpdatePartial, UpdateResponse } from '../contracts/wire';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

// double (instant) and slow (waits 400 ms) both run on n.value: one cascade, one request.
const manifest = helloManifest();
(manifest.components as unknown[]).push({ id: 'late', type: 'text', props: { text: '' }, grid: { x: 0, y: 2, w: 6, h: 2 } });
(manifest.callbacks as unknown[]).push({ id: 'slow', inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'late', prop: 'text' }] });
const slowSource = 'export default async function slow({ n }: { n: number }): Promise<string> {\n  await new Promise((r) => setTimeout(r, 400));\n  return `late ${n}`;\n}\n';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp(createCatalog(), { manifest, callbacks: { double: doubleSource, slow: slowSource } });
});
afterAll(async () => {
  await app?.close();
});

const body = JSON.stringify({ changed: ['n.value'], values: { 'n.value': 4 } });

describe('streamed update answers (Accept: application/x-ndjson)', () => {
  it("sends each callback's outputs as it settles, then the complete response", async () => {
    const res = await fetch(new URL('_dashwright/update', app.url), { method: 'POST', body, headers: { accept: 'application/x-ndjson' } });
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const chunks: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(decoder.decode(r.value));
    // The instant callback's line came on its own, while the slow one was still running
    expect(chunks[0].trim().split('\n').map((l) => JSON.parse(l) as UpdatePartial)).toEqual([{ partial: true, updates: { 'out.text': 'twice 4 is 8' }, ran: ['double'], errors: [] }]);
    const lines = chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as UpdatePartial | UpdateResponse);
    expect(lines[1]).toEqual({ partial: true, updates: { 'late.text': 'late 4' }, ran: ['slow'], errors: [] });
    const final = lines[lines.length - 1] as UpdateResponse;
    expect(final).toMatchObject({ updates: { 'out.text': 'twice 4 is 8', 'late.text': 'late 4' }, ran: ['double', 'slow'], errors: [] });
    expect(lines).toHaveLength(3);
  });

  it('answers a plain request with the one JSON object, as DESIGN §4 says', async () => {
    const { status, json } = await app.post(JSON.parse(body));
    expect(status).toBe(200);
    expect(json).toMatchObject({ updates: { 'out.text': 'twice 4 is 8', 'late.text': 'late 4' }, ran: ['double', 'slow'], errors: [] });
  });
});
