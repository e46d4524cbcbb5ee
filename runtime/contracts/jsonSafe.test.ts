import { describe, expect, it } from 'vitest';
import { NotJsonSafeError, toJsonSafe } from './jsonSafe';

describe('toJsonSafe', () => {
  it('says so when a whole output is NaN or ±Infinity, as for a bigint, instead of sending null', () => {
    expect(() => toJsonSafe(Number.NaN, 'text')).toThrow(new NotJsonSafeError('text is NaN, which JSON cannot carry (it would arrive as null); return null or a string if that is what you mean'));
    expect(() => toJsonSafe(-Infinity, 'value')).toThrow(/value is -Infinity/);
    expect(() => toJsonSafe(10n, 'value')).toThrow(/bigint/);
  });

  it('keeps null for NaN inside data, where it marks a gap', () => {
    expect(toJsonSafe({ data: [{ y: [1, Number.NaN, 3] }] }, 'figure')).toEqual({ data: [{ y: [1, null, 3] }] });
  });
});
