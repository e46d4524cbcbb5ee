import { describe, expect, it, vi } from 'vitest';
import { createPersistence, persistenceKey, type PersistenceAreas } from './persistence';
import { createAppRuntime } from './runtime';
import { appSpec, BASE, comp, fakeServer } from './__tests__/fakeServer';
import type { AppSpec } from '../contracts/spec';

function memoryArea() {
  const items = new Map<string, string>();
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

const specWith = (value: number, persistence: 'local' | 'session' | null = 'local'): AppSpec =>
  appSpec([{ ...comp('n', 'slider', { value }), ...(persistence ? { persistence } : {}) }, comp('q', 'input', { value: 'a' }, 2)], []);

async function load(spec: AppSpec, areas: PersistenceAreas) {
  const persistence = createPersistence(areas);
  const server = fakeServer(spec, {});
  const runtime = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger: { error: vi.fn() }, seedProps: (s, c) => persistence.seed(s, c), onUserSet: (k, v) => persistence.record(k, v) });
  await runtime.load();
  return runtime;
}

describe('persistence (DESIGN §4b)', () => {
  it('keeps what the user set, under project name + id + prop, and it wins over the manifest on the next load', async () => {
    const local = memoryArea();
    const session = memoryArea();
    const first = await load(specWith(3), { local, session });
    await first.setProp('n.value', 7);
    await first.setProp('q.value', 'not kept');
    expect([...local.items.keys()]).toEqual([persistenceKey('Test app', 'n', 'value')]);
    expect(persistenceKey('Test app', 'n', 'value')).toBe('dashwright:persist:Test app:n:value');
    expect(session.items.size).toBe(0);
    const again = await load(specWith(3), { local, session });
    expect(again.get('n.value')).toBe(7);
    expect(again.get('q.value')).toBe('a');
  });

  it('a changed initial value in the manifest drops the kept one; session uses sessionStorage; none keeps nothing', async () => {
    const local = memoryArea();
    const session = memoryArea();
    const first = await load(specWith(3), { local, session });
    await first.setProp('n.value', 7);
    const changed = await load(specWith(5), { local, session });
    expect(changed.get('n.value')).toBe(5);
    expect([...local.items.entries()]).toEqual([]);
    const s = await load(specWith(3, 'session'), { local, session });
    await s.setProp('n.value', 9);
    expect(session.items.size).toBe(1);
    expect((await load(specWith(3, 'session'), { local, session })).get('n.value')).toBe(9);
    const none = await load(specWith(3, null), { local, session });
    await none.setProp('n.value', 1);
    expect([...local.items.entries()]).toEqual([]);
    expect((await load(specWith(3, null), { local, session })).get('n.value')).toBe(3);
  });

  it('storage that refuses or holds junk never breaks the page', async () => {
    const broken = { getItem: () => '{not json', setItem: () => { throw new Error('quota'); }, removeItem: () => {} };
    const runtime = await load(specWith(3), { local: broken, session: null });
    expect(runtime.get('n.value')).toBe(3);
    await runtime.setProp('n.value', 4);
    expect(runtime.get('n.value')).toBe(4);
  });
});
