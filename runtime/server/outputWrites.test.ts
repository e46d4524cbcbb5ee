import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { runCascade } from './cascade';
import { finishedStatus } from './jobs';
import { prepareApp, type LoadedApp } from './loadedApp';
import { compileFolder, writeProject } from './testkit';
import type { InvokeOutcome } from './worker/protocol';

// runCascade on its own (outcomes given, no workers): what patches and ctx.setProps make of an answer.

const at = (y: number) => ({ x: 0, y, w: 2, h: 1 });
const manifest = {
  format: 'dashwright',
  version: 1,
  name: 'Writes',
  components: [
    { id: 'go', type: 'button', props: {}, grid: at(0) },
    { id: 'list', type: 'store', props: { data: [0] }, grid: at(1) },
    { id: 'note', type: 'text', props: {}, grid: at(2) },
    { id: 'count', type: 'text', props: {}, grid: at(3) },
    { id: 'shown', type: 'text', props: {}, grid: at(4) },
  ],
  values: [{ id: 'acc' }],
  callbacks: [
    { id: 'one', inputs: [{ id: 'go', prop: 'clicks' }], outputs: [{ id: 'list', prop: 'data', allowDuplicate: true }] },
    { id: 'two', inputs: [{ id: 'go', prop: 'clicks' }], outputs: [{ id: 'list', prop: 'data', allowDuplicate: true }] },
    { id: 'size', inputs: [{ id: 'list', prop: 'data' }], outputs: [{ id: 'count', prop: 'text' }] },
    { id: 'accumulate', inputs: [{ id: 'go', prop: 'clicks' }], outputs: [{ id: 'acc', prop: 'value' }] },
    { id: 'show', inputs: [{ id: 'acc', prop: 'value' }], outputs: [{ id: 'shown', prop: 'text' }], placement: 'client' },
  ],
};

const append = (value: unknown) => ({ $patch: [{ op: 'append', path: [], value }] });

let dir: string;
let app: LoadedApp;

beforeAll(async () => {
  const sources = Object.fromEntries(manifest.callbacks.map((c) => [c.id, 'export default () => null;\n']));
  dir = await writeProject({ manifest, callbacks: sources });
  app = prepareApp(await compileFolder(dir), createCatalog());
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('patches and ctx.setProps in a cascade', () => {
  it('sends only the operations, merged for two writers; a later reader gets the whole value; setProps listed and checked', async () => {
    const outcomes: Record<string, InvokeOutcome> = {
      one: { kind: 'ok', outputs: { data: append(1) }, setProps: { 'note.text': 'set', 'ghost.text': 'x', 'acc.value': 1 } },
      two: { kind: 'ok', outputs: { data: append(2) } },
      size: { kind: 'ok', outputs: {} },
      accumulate: { kind: 'ok', outputs: { value: append('a') } },
    };
    const seen: Record<string, unknown> = {};
    const response = await runCascade(app, { changed: ['go.clicks'], values: { 'go.clicks': 1, 'list.data': [0] }, callbacks: ['one', 'two', 'size', 'accumulate'] }, {
      invoke: async (inv) => {
        seen[inv.callback] = inv.args;
        return outcomes[inv.callback]!;
      },
      defaultTimeoutMs: 5000,
    });
    expect(response.updates['list.data']).toEqual({ $patch: [...append(1).$patch, ...append(2).$patch] });
    expect(seen.size).toEqual({ data: [0, 1, 2] });
    expect(response.updates['note.text']).toBe('set');
    expect(response.setProps).toEqual(['note.text']);
    expect(response.errors.map((e) => e.message)).toEqual(['ctx.setProps("ghost", …): there is no component "ghost"', 'ctx.setProps cannot set named value "acc": a value is computed by the callback that outputs it']);
    // A named value read by a client callback: the whole value, applied on the server (to nothing here).
    expect(response.updates['acc.value']).toEqual(['a']);
  });

  it('a job result carries what the job set, listed in setProps', () => {
    const status = finishedStatus('j1', 'one', { kind: 'ok', outputs: { data: append(3) }, setProps: { 'note.text': 'late' } }, { data: 'list.data' }, 5);
    expect(status).toMatchObject({ state: 'done', updates: { 'note.text': 'late', 'list.data': append(3) }, setProps: ['note.text'] });
  });
});
