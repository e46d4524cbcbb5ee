import { describe, expect, it } from 'vitest';
import { sizeWithin } from './argsSize';

describe('sizeWithin', () => {
  it('counts values, string lengths and keys', () => {
    expect(sizeWithin([{ n: 5 }], 100)).toBe(1 + 2 + 1);
    expect(sizeWithin(['abc', [1, 2]], 100)).toBe(4 + 3);
    expect(sizeWithin([], 100)).toBe(0);
  });

  it('stops at the budget: long strings, long arrays, shared and cyclic values', () => {
    expect(sizeWithin(['x'.repeat(1000)], 100)).toBeUndefined();
    expect(sizeWithin([new Array(1e6).fill(0)], 100)).toBeUndefined();
    let shared: unknown = [1];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    expect(sizeWithin([shared], 10_000)).toBeUndefined();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(sizeWithin([cyclic], 10_000)).toBeUndefined();
  });
});
