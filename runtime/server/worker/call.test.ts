import { describe, expect, it } from 'vitest';
import { callCallback, safeString } from './call';
import type { DataApi } from './data';

const msg = { type: 'invoke' as const, seq: 1, revision: 'r', callback: 'cb', args: {}, triggered: [], outputs: ['text'] };

describe('a thrown value that is not an Error', () => {
  it('is reported readably, even when cyclic', async () => {
    const cyclic: Record<string, unknown> = { code: 42 };
    cyclic.self = cyclic;
    const outcome = await callCallback(() => {
      throw cyclic;
    }, msg, {} as DataApi, (s) => s);
    expect(outcome).toEqual({ kind: 'error', message: 'the callback threw a non-Error value: <ref *1> { code: 42, self: [Circular *1] }' });
  });

  it('is shortened when huge, and survives a throwing toString', () => {
    expect(safeString('x'.repeat(5000))).toHaveLength(1001);
    expect(safeString({ toString() { throw new Error('no'); } })).toMatch(/toString/);
    expect(safeString(Object.create(null))).toBe('[Object: null prototype] {}');
  });
});
