import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { startApp, type RunningApp } from './testkit';

const text = (id: string, y: number) => ({ id, type: 'text', props: { text: '' }, grid: { x: 0, y, w: 4, h: 1 } });
const slider = (id: string, y: number) => ({ id, type: 'slider', props: { min: 0, max: 100, value: 1 }, grid: { x: 4, y, w: 4, h: 1 } });
const b = (id: string, prop: string, as?: string) => (as ? { id, prop, as } : { id, prop });

const manifest = {
  format: 'dashwright',
  version: 1,
  name: 'Semantics',
  components: [slider('n', 0), slider('m', 1), slider('k', 2), ...['a', 'b', 'c', 't1', 't2', 't3', 'u', 'v', 'w', 'rows', 'fromValue', 'slow1', 'slow2', 'sharedView'].map((id, i) => text(id, i + 3))],
  values: [{ id: 'filtered' }, { id: 'shared' }],
  callbacks: [
    { id: 'multi', inputs: [b('n', 'value', 'n')], outputs: [b('a', 'text', 'first'), b('b', 'text', 'second'), b('c', 'text', 'third')] },
    { id: 'chainA', inputs: [b('m', 'value', 'm')], outputs: [b('t1', 'text', 'out')] },
    { id: 'chainB', inputs: [b('t1', 'text', 'x')], outputs: [b('t2', 'text', 'out')] },
    { id: 'chainC', inputs: [b('t2', 'text', 'x')], state: [b('m', 'value', 'm')], outputs: [b('t3', 'text', 'out')] },
    { id: 'guard', inputs: [b('k', 'value', 'k')], outputs: [b('u', 'text')], preventInitialCall: true },
    { id: 'afterGuard', inputs: [b('u', 'text', 'u')], outputs: [b('v', 'text')] },
    { id: 'waits', inputs: [b('k', 'value', 'k')], outputs: [b('w', 'text')], preventInitialCall: true },
    { id: 'table', inputs: [b('n', 'value', 'n')], outputs: [b('rows', 'text')], preventInitialCall: true },
    { id: 'filter', inputs: [b('n', 'value', 'n')], outputs: [b('filtered', 'value', 'filtered')], preventInitialCall: true },
    { id: 'useValue', inputs: [b('k', 'value', 'k')], state: [b('filtered', 'value', 'filtered')], outputs: [b('fromValue', 'text')], preventInitialCall: true },
    { id: 'slowOne', inputs: [b('m', 'value', 'm')], outputs: [b('slow1', 'text')], preventInitialCall: true },
    { id: 'share', inputs: [b('n', 'value', 'n')], outputs: [b('shared', 'value')], preventInitialCall: true },
    { id: 'showShared', inputs: [b('shared', 'value', 'v')], outputs: [b('sharedView', 'text')], placement: 'client' },
    { id: 'slowTwo', inputs: [b('m', 'value', 'm')], outputs: [b('slow2', 'text')], preventInitialCall: true },
  ],
};

const callbacks: Record<string, string> = {
  multi: `export default function ({ n }: { n: number }, ctx: any) {
  if (n === 0) ctx.preventUpdate();
  if (n === 1) return { first: 'one', third: ctx.noUpdate };
  if (n === 2) return 'not an object';
  if (n === 3) return { first: new Map([[1, 2]]) };
  return { first: 'f' + n, second: 's' + n, third: { n, when: new Date(0) } };
}
`,
  chainA: 'export default ({ m }: { m: number }) => { if (m === 13) throw new Error("unlucky"); return `A${m}`; };\n',
  chainB: 'export default ({ x }: { x: string }) => `${x}>B`;\n',
  chainC: 'export default ({ x, m }: { x: string; m: number }, ctx: any) => `${x}>C(${m}) via ${ctx.triggered.join(",")}`;\n',
  guard: 'export default ({ k }: { k: number }, ctx: any) => (k > 50 ? ctx.preventUpdate() : `k=${k}`);\n',
  afterGuard: 'export default ({ u }: { u: string }) => `after ${u}`;\n',
  waits: 'export default async ({ k }: { k: number }) => {\n  await new Promise((r) => setTimeout(r, 30));\n  return `waited for ${k}`;\n};\n',
  table: `export default async function ({ n }: { n: number }, ctx: any) {
  if (n === 1) return JSON.stringify(await ctx.data.csv('sales.csv'));
  if (n === 2) return await ctx.data.text('../dashwright.json');
  if (n === 3) return await ctx.data.text('/etc/hostname');
  if (n === 4) return JSON.stringify(await ctx.data.json('nested/config.json'));
  return await ctx.data.text('missing.txt');
}
`,
  filter: 'let calls = 0;\nexport default ({ n }: { n: number }) => ({ n, calls: ++calls });\n',
  useValue: 'export default ({ k, filtered }: { k: number; filtered: { n: number; calls: number } }) => `k=${k} n=${filtered.n} calls=${filtered.calls}`;\n',
  share: 'export default ({ n }: { n: number }) => ({ half: n / 2 });\n',
  showShared: 'export default ({ v }: { v: { half: number } }) => String(v.half);\n',
  slowOne: 'export default async () => { await new Promise((r) => setTimeout(r, 400)); return "one"; };\n',
  slowTwo: 'export default async () => { await new Promise((r) => setTimeout(r, 400)); return "two"; };\n',
};

let app: RunningApp;

beforeAll(async () => {
  app = await startApp(createCatalog(), {
    manifest,
    callbacks,
    files: { 'data/sales.csv': 'region,amount,year\nnorth,10,2020\nsouth,2.5,2021\n', 'data/nested/config.json': '{"unit":"EUR"}' },
  });
});

afterAll(async () => {
  await app?.close();
});

describe('outputs', () => {
  it('maps several outputs by their `as` names, JSON-safe', async () => {
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 7 }, callbacks: ['multi'] });
    expect(json.errors).toEqual([]);
    expect(json.updates).toEqual({ 'a.text': 'f7', 'b.text': 's7', 'c.text': { n: 7, when: '1970-01-01T00:00:00.000Z' } });
  });

  it('leaves outputs unchanged for a missing key or ctx.noUpdate', async () => {
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 1 }, callbacks: ['multi'] });
    expect(json.errors).toEqual([]);
    expect(json.updates).toEqual({ 'a.text': 'one' });
  });

  it('treats ctx.preventUpdate() as "nothing updates", not an error', async () => {
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 0 }, callbacks: ['multi'] });
    expect(json).toMatchObject({ updates: {}, ran: ['multi'], errors: [] });
  });

  it('reports a result of the wrong shape', async () => {
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 2 }, callbacks: ['multi'] });
    expect(json.updates).toEqual({});
    expect(json.errors[0].message).toMatch(/must return an object keyed by "first", "second", "third"/);
  });

  it('refuses results JSON cannot carry, saying how to fix them', async () => {
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 3 }, callbacks: ['multi'] });
    expect(json.updates).toEqual({});
    expect(json.errors[0].message).toBe('first is a Map; convert it with Object.fromEntries(map)');
  });

  it('supports async callbacks', async () => {
    const { json } = await app.post({ changed: ['k.value'], values: { 'k.value': 4 }, callbacks: ['waits'] });
    expect(json.updates).toEqual({ 'w.text': 'waited for 4' });
  });
});

describe('cascades', () => {
  it('runs a chain A → B → C in one request, with ctx.triggered', async () => {
    const { json } = await app.post({ changed: ['m.value'], values: { 'm.value': 3 }, callbacks: ['chainA', 'chainB', 'chainC'] });
    expect(json.ran).toEqual(['chainA', 'chainB', 'chainC']);
    expect(json.updates).toEqual({ 't1.text': 'A3', 't2.text': 'A3>B', 't3.text': 'A3>B>C(3) via t2.text' });
  });

  it('does not run callbacks below a failed one whose input is missing; the rest still run', async () => {
    const { json } = await app.post({ changed: ['m.value'], values: { 'm.value': 13 }, callbacks: ['chainA', 'chainB', 'chainC', 'slowOne'] });
    expect(json.ran).toEqual(['chainA', 'slowOne']);
    expect(json.errors.map((e) => e.callback)).toEqual(['chainA']);
    expect(json.updates).toEqual({ 'slow1.text': 'one' });
  });

  it('does not set off callbacks below one that prevented its update', async () => {
    const { json } = await app.post({ changed: ['k.value'], values: { 'k.value': 80 }, callbacks: ['guard', 'afterGuard'] });
    expect(json.ran).toEqual(['guard']);
    expect(json.updates).toEqual({});
    const ok = await app.post({ changed: ['k.value'], values: { 'k.value': 8 }, callbacks: ['guard', 'afterGuard'] });
    expect(ok.json.updates).toEqual({ 'u.text': 'k=8', 'v.text': 'after k=8' });
  });

  it('runs independent callbacks in parallel on the pool', async () => {
    const started = Date.now();
    const { json } = await app.post({ changed: ['m.value'], values: { 'm.value': 1 }, callbacks: ['slowOne', 'slowTwo'] });
    expect(json.updates).toEqual({ 'slow1.text': 'one', 'slow2.text': 'two' });
    expect(Date.now() - started).toBeLessThan(750);
  });

  it('initial load: runs callbacks without preventInitialCall and what their outputs trigger, ctx.triggered naming the upstream output', async () => {
    const { json } = await app.post({ changed: [], values: {}, initial: true });
    expect(json.errors).toEqual([]);
    // afterGuard has no preventInitialCall: it runs on the manifest's value of u.text.
    expect(json.ran).toEqual(['multi', 'chainA', 'chainB', 'chainC', 'afterGuard']);
    expect(json.updates['t3.text']).toBe('A1>B>C(1) via t2.text');
    expect(json.updates['v.text']).toBe('after ');
    expect(json.updates['a.text']).toBe('one');
  });
});

describe('named values', () => {
  it('computes a value needed by a server callback, keeps it off the wire, and memoizes it', async () => {
    const first = await app.post({ changed: ['k.value'], values: { 'k.value': 5, 'n.value': 42 }, callbacks: ['useValue'] });
    expect(first.json.errors).toEqual([]);
    expect(first.json.ran).toEqual(['filter', 'useValue']);
    expect(first.json.updates).toEqual({ 'fromValue.text': 'k=5 n=42 calls=1' });
    const again = await app.post({ changed: ['k.value'], values: { 'k.value': 6, 'n.value': 42 }, callbacks: ['useValue'] });
    expect(again.json.ran).toEqual(['useValue']);
    expect(again.json.updates).toEqual({ 'fromValue.text': 'k=6 n=42 calls=1' });
  });

  it('sends a value to the browser when a client callback reads it', async () => {
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 8 }, callbacks: ['share', 'filter'] });
    expect(json.ran).toEqual(['filter', 'share']);
    expect(json.updates).toEqual({ 'shared.value': { half: 4 } });
  });

  it('uses a value sent in `values` as is', async () => {
    const { json } = await app.post({ changed: ['k.value'], values: { 'k.value': 1, 'filtered.value': { n: 9, calls: 99 } }, callbacks: ['useValue'] });
    expect(json.ran).toEqual(['useValue']);
    expect(json.updates).toEqual({ 'fromValue.text': 'k=1 n=9 calls=99' });
  });
});

describe('ctx.data', () => {
  it('reads CSV rows with typed numbers, and JSON in subfolders', async () => {
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 1 }, callbacks: ['table'] });
    expect(json.errors).toEqual([]);
    expect(JSON.parse(json.updates['rows.text'] as string)).toEqual([
      { region: 'north', amount: 10, year: 2020 },
      { region: 'south', amount: 2.5, year: 2021 },
    ]);
    const cfg = await app.post({ changed: ['n.value'], values: { 'n.value': 4 }, callbacks: ['table'] });
    expect(cfg.json.updates).toEqual({ 'rows.text': '{"unit":"EUR"}' });
  });

  it('re-reads a file when it changes', async () => {
    await fs.writeFile(path.join(app.dir, 'data', 'sales.csv'), 'region,amount,year\neast,99.5,2024\n');
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 1 }, callbacks: ['table'] });
    expect(JSON.parse(json.updates['rows.text'] as string)).toEqual([{ region: 'east', amount: 99.5, year: 2024 }]);
  });

  it('refuses names that lead outside data/, and reports missing files', async () => {
    for (const n of [2, 3]) {
      const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': n }, callbacks: ['table'] });
      expect(json.updates).toEqual({});
      expect(json.errors[0].message).toMatch(/refused, the name leads outside the data\/ folder/);
    }
    const missing = await app.post({ changed: ['n.value'], values: { 'n.value': 5 }, callbacks: ['table'] });
    expect(missing.json.errors[0].message).toMatch(/no such file in data\//);
  });
});
