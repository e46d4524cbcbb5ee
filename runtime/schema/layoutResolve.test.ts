import { describe, expect, it } from 'vitest';
import { cloneLayout, correctBounds, moveElement, type LayoutItem } from 'react-grid-layout/core';
import { findOverlaps } from '../graph/validateLayout';
import { compactorFor, resolveLayout, type Compaction, type PlacedItem } from './layoutResolve';

const COLS = 12;
const item = (id: string, x: number, y: number, w: number, h: number): PlacedItem => ({ id, x, y, w, h });
const toRgl = (items: readonly PlacedItem[]): LayoutItem[] => items.map((c) => ({ i: c.id, x: c.x, y: c.y, w: c.w, h: c.h }));
const fromRgl = (layout: readonly LayoutItem[]): PlacedItem[] => layout.map((l) => item(l.i, l.x, l.y, l.w, l.h));
const overlaps = (items: readonly PlacedItem[]) => findOverlaps(items.map((c) => ({ id: c.id, grid: c })));

/** What react-grid-layout draws for a `layout` prop: correctBounds, then the compactor (synchronizeLayoutWithChildren). */
function canvasShows(items: readonly PlacedItem[], compaction: Compaction): PlacedItem[] {
  return fromRgl(compactorFor(compaction).compact(correctBounds(toRgl(items), { cols: COLS }), COLS));
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function randomItems(rand: (n: number) => number, n: number): PlacedItem[] {
  return Array.from({ length: n }, (_, i) => {
    const w = 1 + rand(6);
    return item(`c${i}`, rand(COLS - w + 1), rand(12), w, 1 + rand(4));
  });
}

const strip = (items: readonly PlacedItem[]) => items.map(({ id, x, y, w, h }) => ({ id, x, y, w, h }));

describe('resolveLayout', () => {
  for (const compaction of ['vertical', 'none'] as const) {
    it(`${compaction}: never two items on one cell, and the canvas shows exactly what it returns`, () => {
      const rand = rng(compaction === 'vertical' ? 1 : 2);
      for (let round = 0; round < 200; round++) {
        const items = randomItems(rand, 2 + rand(14));
        const placed = rand(2) ? [] : [item(items[rand(items.length)].id, rand(COLS + 2) - 1, rand(14) - 1, 1 + rand(COLS + 1), 1 + rand(4))];
        const out = resolveLayout(items, { cols: COLS, compaction, placed });
        expect(overlaps(out)).toEqual([]);
        expect(out.every((c) => c.x >= 0 && c.x + c.w <= COLS && c.y >= 0)).toBe(true);
        expect(canvasShows(out, compaction)).toEqual(strip(out));
        expect(strip(resolveLayout(out, { cols: COLS, compaction }))).toEqual(strip(out));
      }
    });
  }

  it('vertical: keeps what a drag on the canvas committed (moveElement, then compaction) as it is', () => {
    const rand = rng(3);
    for (let round = 0; round < 200; round++) {
      const shown = canvasShows(randomItems(rand, 3 + rand(12)), 'vertical');
      const layout = toRgl(shown);
      const dragged = layout[rand(layout.length)];
      const moved = moveElement(layout, dragged, rand(COLS - dragged.w + 1), rand(10), true, false, 'vertical', COLS, false);
      const final = fromRgl(compactorFor('vertical').compact(cloneLayout(moved), COLS));
      const rect = final.find((c) => c.id === dragged.i)!;
      expect(strip(resolveLayout(final, { cols: COLS, compaction: 'vertical', placed: [rect] }))).toEqual(final);
    }
  });

  it('none: a drag on the canvas stops at other items, and what it committed is kept as it is', () => {
    const rand = rng(4);
    const compactor = compactorFor('none');
    for (let round = 0; round < 200; round++) {
      const shown = resolveLayout(randomItems(rand, 3 + rand(12)), { cols: COLS, compaction: 'none' });
      const layout = toRgl(shown);
      const dragged = layout[rand(layout.length)];
      const moved = fromRgl(compactor.compact(moveElement(layout, dragged, rand(COLS - dragged.w + 1), rand(10), true, compactor.preventCollision, compactor.type, COLS, false), COLS));
      expect(moved.filter((c) => c.id !== dragged.i)).toEqual(strip(shown).filter((c) => c.id !== dragged.i));
      expect(overlaps(moved)).toEqual([]);
      const rect = moved.find((c) => c.id === dragged.i)!;
      expect(strip(resolveLayout(moved, { cols: COLS, compaction: 'none', placed: [rect] }))).toEqual(moved);
    }
  });

  it('vertical: an item put on another takes its cells and the other moves below it', () => {
    const items = [item('n', 0, 0, 6, 2), item('out', 6, 0, 6, 2), item('added', 0, 2, 4, 2)];
    const out = resolveLayout(items, { cols: COLS, compaction: 'vertical', placed: [item('added', 0, 0, 4, 2)] });
    expect(strip(out)).toEqual([item('n', 0, 2, 6, 2), item('out', 6, 0, 6, 2), item('added', 0, 0, 4, 2)]);
    // Partly over it (row 1): the same, since compaction lifts it to the top.
    const partly = resolveLayout(items, { cols: COLS, compaction: 'vertical', placed: [item('added', 0, 1, 4, 2)] });
    expect(strip(partly)).toEqual([item('n', 0, 2, 6, 2), item('out', 6, 0, 6, 2), item('added', 0, 0, 4, 2)]);
  });

  it('none: the item stays where it is put; only what it covers moves, just below it', () => {
    const items = [item('a', 0, 0, 6, 2), item('b', 6, 0, 6, 2), item('c', 0, 6, 3, 1), item('far', 9, 9, 3, 1)];
    const out = resolveLayout(items, { cols: COLS, compaction: 'none', placed: [item('c', 0, 1, 3, 1)] });
    expect(strip(out)).toEqual([item('a', 0, 2, 6, 2), item('b', 6, 0, 6, 2), item('c', 0, 1, 3, 1), item('far', 9, 9, 3, 1)]);
    expect(out[1]).toBe(items[1]);
    expect(out[3]).toBe(items[3]);
  });

  it('none: gaps stay; vertical: items float up', () => {
    const items = [item('a', 0, 3, 4, 2)];
    expect(resolveLayout(items, { cols: COLS, compaction: 'none' })[0]).toBe(items[0]);
    expect(resolveLayout(items, { cols: COLS, compaction: 'vertical' })[0]).toEqual(item('a', 0, 0, 4, 2));
  });

  it('clamps into the grid and adds a placed id it did not know', () => {
    const out = resolveLayout([item('a', 0, 0, 10, 2)], { cols: COLS, compaction: 'none', placed: [item('new', 10, 0, 4, 1)] });
    expect(strip(out)).toEqual([item('a', 0, 1, 10, 2), item('new', 8, 0, 4, 1)]);
  });
});
