/** Running props (running.ts) alone, and with a real server: a streamed line turns its callback's props off before the slow one is done; a handled error is not logged. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunningProps } from '../client/running';
import { serverHarness, startSharedServer, type SharedServer } from './harness';
import { cb, comp, type Scenario } from './scenario';

describe('createRunningProps', () => {
  const entries = { a: [{ id: 's', prop: 'text', on: 'on', off: 'off' }], b: [] };
  const setup = () => {
    const writes: Record<string, unknown>[] = [];
    const running = createRunningProps({ entriesOf: (id) => entries[id as keyof typeof entries], write: (u) => writes.push(u) });
    return { running, writes };
  };

  it('sets on at the start and off at the end; callbacks without entries write nothing', () => {
    const { running, writes } = setup();
    const runs = running.cascade();
    runs.start(['a', 'b', 'x']);
    expect(writes).toEqual([{ 's.text': 'on' }]);
    runs.end(['a']);
    runs.end(['a']);
    runs.endAll();
    expect(writes).toEqual([{ 's.text': 'on' }, { 's.text': 'off' }]);
  });

  it('overlapping runs keep on until the last settles; a hand-off ends once, when called', () => {
    const { running, writes } = setup();
    const first = running.cascade();
    const second = running.cascade();
    first.start(['a']);
    second.start(['a']);
    const end = first.handOff('a');
    first.endAll();
    second.endAll();
    expect(writes).toEqual([{ 's.text': 'on' }]);
    end();
    end();
    expect(writes).toEqual([{ 's.text': 'on' }, { 's.text': 'off' }]);
  });
});

describe('running props and onError with a real server', () => {
  let shared: SharedServer;
  beforeAll(async () => {
    shared = await startSharedServer();
  });
  afterAll(() => shared.close());

  const scenario: Scenario = {
    name: 'streamed running',
    description: '',
    project: {
      components: [comp('go', 'button'), comp('fast', 'text'), comp('slow', 'text'), comp('fastState', 'text', { text: 'idle' }), comp('slowState', 'text', { text: 'idle' })],
      callbacks: [
        { ...cb('quick', { inputs: { clicks: 'go.clicks' }, outputs: { text: 'fast.text' }, preventInitialCall: true }), running: [{ id: 'fastState', prop: 'text', on: 'busy', off: 'idle' }] },
        { ...cb('lazy', { inputs: { clicks: 'go.clicks' }, outputs: { text: 'slow.text' }, preventInitialCall: true }), running: [{ id: 'slowState', prop: 'text', on: 'busy', off: 'idle' }], onError: 'calm' },
        cb('calm', { outputs: {} }),
      ],
    },
    callbacks: {
      quick: 'export default ({ clicks }: { clicks: number }) => `fast ${clicks}`;\n',
      lazy: 'export default async ({ clicks }: { clicks: number }): Promise<string> => {\n  await new Promise((r) => setTimeout(r, 300));\n  if (clicks === 2) throw new Error("lazy refuses two");\n  return `slow ${clicks}`;\n};\n',
      calm: 'export default (error: { message: string }) => `calm: ${error.message}`;\n',
    },
    steps: [],
  };

  it('a streamed line sets its callback\'s running props off while the slower one still runs; a handled error is neither reported nor logged', async () => {
    const h = await serverHarness(shared, scenario, 'server');
    try {
      await h.runtime.load();
      await h.runtime.idle();
      const timeline: string[] = [];
      const last = new Map<string, unknown>();
      const keys = ['fast.text', 'slow.text', 'fastState.text', 'slowState.text'];
      const stop = h.runtime.subscribe(() => {
        for (const key of keys) {
          const value = h.runtime.get(key);
          if (last.get(key) !== value) timeline.push(`${key}=${String(value)}`);
          last.set(key, value);
        }
      });
      for (const key of keys) last.set(key, h.runtime.get(key));
      await h.runtime.setProp('go.clicks', 1);
      await h.runtime.idle();
      expect(timeline).toEqual(['fastState.text=busy', 'slowState.text=busy', 'fast.text=fast 1', 'fastState.text=idle', 'slow.text=slow 1', 'slowState.text=idle']);
      expect(h.records.at(-1)?.requests).toBe(1);

      const logsBefore = shared.logs.length;
      await h.runtime.setProp('go.clicks', 2);
      await h.runtime.idle();
      stop();
      expect(h.runtime.get('slow.text')).toBe('calm: lazy refuses two');
      expect(h.runtime.getState().errors).toEqual([]);
      expect(h.responses.at(-1)?.errors).toEqual([]);
      expect(shared.logs.slice(logsBefore).join('\n')).not.toMatch(/lazy refuses two/);
    } finally {
      await h.close();
    }
  });
});
