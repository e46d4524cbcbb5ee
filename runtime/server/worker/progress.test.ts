import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFraction, progressReporter } from './progress';

afterEach(() => {
  vi.useRealTimers();
});

describe('ctx.progress', () => {
  it('clamps the fraction to 0…1 and refuses what is not a number', () => {
    expect(checkFraction(-0.5)).toBe(0);
    expect(checkFraction(0.25)).toBe(0.25);
    expect(checkFraction(7)).toBe(1);
    expect(() => checkFraction('half')).toThrow('ctx.progress(fraction, message?): fraction must be a number from 0 to 1, got string');
    expect(() => checkFraction(Number.NaN)).toThrow(/got NaN/);
  });

  it('posts the first report at once, then at most one per interval, never losing the last of a burst', () => {
    vi.useFakeTimers();
    const posts: [number, string | undefined][] = [];
    const reporter = progressReporter((f, m) => posts.push([f, m]), 50, () => Date.now());
    reporter.report(0.1, 'one');
    reporter.report(0.2, 'two');
    reporter.report(0.3, 'three');
    expect(posts).toEqual([[0.1, 'one']]);
    vi.advanceTimersByTime(50);
    expect(posts).toEqual([[0.1, 'one'], [0.3, 'three']]);
    vi.advanceTimersByTime(100);
    reporter.report(0.4, 42 as unknown as string);
    expect(posts.at(-1)).toEqual([0.4, '42']);
    reporter.report(0.5);
    reporter.stop();
    vi.advanceTimersByTime(100);
    expect(posts).toHaveLength(3); // a report waiting when the call ended is dropped
  });
});
