import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { CallbackCache } from './callbackCache';
import { DEFAULT_BACKGROUND_TIMEOUT_MS, runCascade } from './cascade';
import type { JobRequest } from './jobs';
import { prepareApp, type LoadedApp } from './loadedApp';
import { compileFolder, writeProject } from './testkit';
import type { Invocation } from './worker/invocation';

// runCascade on its own (no workers): how background and cache settings shape a cascade.

const manifest = {
  format: 'dashwright',
  version: 1,
  name: 'Cascade',
  components: [
    { id: 'go', type: 'button', props: {}, grid: { x: 0, y: 0, w: 2, h: 1 } },
    { id: 'out', type: 'text', props: {}, grid: { x: 0, y: 1, w: 2, h: 1 } },
    { id: 'next', type: 'text', props: {}, grid: { x: 0, y: 2, w: 2, h: 1 } },
  ],
  callbacks: [
    { id: 'bg', background: true, inputs: [{ id: 'go', prop: 'clicks' }], outputs: [{ id: 'out', prop: 'text' }] },
    { id: 'after', inputs: [{ id: 'out', prop: 'text' }], outputs: [{ id: 'next', prop: 'text' }] },
  ],
};

let dir: string;
let app: LoadedApp;

beforeAll(async () => {
  dir = await writeProject({ manifest, callbacks: { bg: 'export default () => "x";\n', after: 'export default () => "y";\n' } });
  app = prepareApp(await compileFolder(dir), createCatalog());
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('runCascade with background callbacks', () => {
  it('hands a background callback to startJob with the long time limit; downstream waits for the job', async () => {
    const started: JobRequest[] = [];
    const invoked: Invocation[] = [];
    const response = await runCascade(app, { changed: ['go.clicks'], values: { 'go.clicks': 1 } }, {
      invoke: async (inv) => {
        invoked.push(inv);
        return { kind: 'ok', outputs: { text: 'ran' } };
      },
      defaultTimeoutMs: 5000,
      startJob: (request) => {
        started.push(request);
        return { ok: true, job: 'job-1' };
      },
    });
    expect(response).toEqual({ updates: {}, ran: [], errors: [], timings: {}, background: [{ callback: 'bg', job: 'job-1' }] });
    expect(invoked).toEqual([]);
    expect(started[0]).toMatchObject({ invocation: { callback: 'bg', args: { clicks: 1 }, triggered: ['go.clicks'], timeoutMs: DEFAULT_BACKGROUND_TIMEOUT_MS }, outputKeys: { text: 'out.text' } });
  });

  it("reports a job that could not start as the callback's error", async () => {
    const response = await runCascade(app, { changed: ['go.clicks'], values: { 'go.clicks': 1 } }, {
      invoke: async () => ({ kind: 'ok', outputs: {} }),
      defaultTimeoutMs: 5000,
      startJob: () => ({ ok: false, error: 'not started: too many' }),
    });
    expect(response.errors).toEqual([{ callback: 'bg', message: 'not started: too many' }]);
    expect(response.background).toBeUndefined();
  });

  it('without startJob runs it within the request, and the cascade goes on downstream', async () => {
    const cache = new CallbackCache();
    const response = await runCascade(app, { changed: ['go.clicks'], values: { 'go.clicks': 1 } }, {
      invoke: async (inv) => ({ kind: 'ok', outputs: { text: `${inv.callback} in ${inv.timeoutMs}` } }),
      defaultTimeoutMs: 5000,
      backgroundTimeoutMs: 60_000,
      cache,
    });
    expect(response.updates).toEqual({ 'out.text': 'bg in 60000', 'next.text': 'after in 5000' });
    expect(response.ran).toEqual(['bg', 'after']);
    expect(cache.stats().callbacks).toMatchObject({ bg: { runs: 1 }, after: { runs: 1 } });
  });
});
