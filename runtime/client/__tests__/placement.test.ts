import { describe, expect, it } from 'vitest';
import type { ComponentInstance } from '../../schema/project';
import { placedComponents } from '../App';

const comp = (id: string, x: number, y: number, w: number, h: number): ComponentInstance => ({ id, type: 'text', props: {}, grid: { x, y, w, h } });
const grids = (list: ComponentInstance[]) => Object.fromEntries(list.map((c) => [c.id, c.grid]));

describe('app placement', () => {
  const components = [comp('a', 0, 0, 6, 2), comp('b', 0, 1, 6, 2), comp('c', 6, 5, 6, 1)];

  it('vertical (default): lays a hand-edited overlap out as the canvas shows it, one below the other', () => {
    expect(grids(placedComponents({ components, layout: { cols: 12, rowHeight: 40 } }))).toEqual({
      a: { x: 0, y: 0, w: 6, h: 2 },
      b: { x: 0, y: 2, w: 6, h: 2 },
      c: { x: 6, y: 0, w: 6, h: 1 },
    });
  });

  it('none: keeps gaps, moves only what overlaps', () => {
    const placed = placedComponents({ components, layout: { cols: 12, rowHeight: 40 }, settings: { compaction: 'none' } });
    expect(grids(placed)).toEqual({ a: { x: 0, y: 0, w: 6, h: 2 }, b: { x: 0, y: 2, w: 6, h: 2 }, c: { x: 6, y: 5, w: 6, h: 1 } });
    expect(placed[0]).toBe(components[0]);
    expect(placed[2]).toBe(components[2]);
  });
});
