import { describe, expect, it } from 'vitest';
import { CallbackCache } from './callbackCache';

const cached = { id: 'square', cache: { ttlSeconds: 10 } };
const plain = { id: 'double' };

describe('CallbackCache', () => {
  it('keys by revision, callback and arguments (not their order); none for callbacks without cache', () => {
    const cache = new CallbackCache();
    const key = cache.keyOf('r1', cached, { a: 1, b: [2] });
    expect(key).toBe(cache.keyOf('r1', cached, { b: [2], a: 1 }));
    expect(key).not.toBe(cache.keyOf('r2', cached, { a: 1, b: [2] }));
    expect(key).not.toBe(cache.keyOf('r1', { ...cached, id: 'other' }, { a: 1, b: [2] }));
    expect(key).not.toBe(cache.keyOf('r1', cached, { a: 2, b: [2] }));
    expect(cache.keyOf('r1', plain, { a: 1 })).toBeUndefined();
    // For a callback that reads ctx.triggered, which input fired is part of the key
    expect(cache.keyOf('r1', cached, { a: 1 }, ['x.value'])).not.toBe(cache.keyOf('r1', cached, { a: 1 }, ['y.value']));
    expect(cache.keyOf('r1', cached, { a: 1 }, ['x.value', 'y.value'])).toBe(cache.keyOf('r1', cached, { a: 1 }, ['y.value', 'x.value']));
  });

  it('misses, then hits until the ttl has passed, counting both', async () => {
    let now = 0;
    const cache = new CallbackCache({ now: () => now });
    const key = cache.keyOf('r1', cached, { n: 3 })!;
    expect(await cache.lookup(cached, key)).toEqual({ outcome: 'miss' });
    cache.store(cached, key, { text: '9' });
    cache.recordRun('square', 12.5);
    now = 9_999;
    expect(await cache.lookup(cached, key)).toEqual({ outcome: 'hit', outputs: { text: '9' } });
    now = 10_000;
    expect(await cache.lookup(cached, key)).toEqual({ outcome: 'miss' });
    expect(cache.size).toBe(0);
    expect(cache.stats().callbacks).toEqual({ square: { runs: 1, hits: 1, misses: 2, lastMs: 12.5 } });
  });

  it('drops the least recently used entries beyond maxEntries', async () => {
    const cache = new CallbackCache({ maxEntries: 2 });
    const keys = [1, 2, 3].map((n) => cache.keyOf('r1', cached, { n })!);
    cache.store(cached, keys[0]!, { text: '1' });
    cache.store(cached, keys[1]!, { text: '2' });
    expect((await cache.lookup(cached, keys[0]!)).outcome).toBe('hit'); // 1 is now the most recent
    cache.store(cached, keys[2]!, { text: '3' });
    expect(cache.size).toBe(2);
    expect((await cache.lookup(cached, keys[1]!)).outcome).toBe('miss');
    expect((await cache.lookup(cached, keys[0]!)).outcome).toBe('hit');
  });

  it('consults the shared cache on a local miss, keeps what it finds as long as the shared copy lives, and writes every result there', async () => {
    let now = 0;
    const remote = new Map<string, { outputs: Record<string, unknown>; until: number }>();
    const shared = {
      get: async (key: string) => {
        const e = remote.get(key);
        return e && e.until > now ? { outputs: e.outputs, ttlMs: e.until - now } : undefined;
      },
      set: async (key: string, outputs: Record<string, unknown>, ttlMs: number) => {
        remote.set(key, { outputs, until: now + ttlMs });
      },
    };
    const a = new CallbackCache({ now: () => now, shared });
    const b = new CallbackCache({ now: () => now, shared });
    const key = a.keyOf('r1', cached, { n: 3 })!;
    expect(await a.lookup(cached, key)).toEqual({ outcome: 'miss' });
    a.store(cached, key, { text: '9' });
    await Promise.resolve();
    now = 4_000;
    expect(await b.lookup(cached, key)).toEqual({ outcome: 'hit', outputs: { text: '9' } }); // computed by a, hit in b
    remote.clear(); // b's copy lives on locally, until the shared one would have expired
    now = 9_999;
    expect(await b.lookup(cached, key)).toEqual({ outcome: 'hit', outputs: { text: '9' } });
    now = 10_000;
    expect(await b.lookup(cached, key)).toEqual({ outcome: 'miss' });
  });

  it('lists the asked callbacks, zeros for those that never ran', () => {
    const cache = new CallbackCache();
    cache.recordRun('double', 3);
    expect(cache.stats(['double', 'square'])).toEqual({
      callbacks: { double: { runs: 1, hits: 0, misses: 0, lastMs: 3 }, square: { runs: 0, hits: 0, misses: 0, lastMs: 0 } },
    });
  });
});
