import { describe, expect, it } from 'vitest';
import { breakpointAt, colsAt, layoutAt } from './breakpoints';
import type { ComponentInstance, Layout } from './project';

const layout: Layout = { cols: 12, rowHeight: 40 };
const c = (id: string, grid: ComponentInstance['grid'], more: Partial<ComponentInstance> = {}): ComponentInstance => ({ id, type: 'text', props: {}, grid, ...more });
const opts = { layout, compaction: 'vertical' as const };

describe('breakpoints', () => {
  it('picks the widest breakpoint a width reaches, with the project\'s widths', () => {
    expect(breakpointAt(layout, 1280)).toBe('lg');
    expect(breakpointAt(layout, 1000)).toBe('md');
    expect(breakpointAt(layout, 800)).toBe('sm');
    expect(breakpointAt(layout, 390)).toBe('xs');
    expect(breakpointAt({ ...layout, breakpoints: { sm: 300 } }, 390)).toBe('sm');
  });

  it('columns: cols on lg, react-grid-layout\'s defaults scaled, or the project\'s', () => {
    expect([colsAt(layout, 'lg'), colsAt(layout, 'md'), colsAt(layout, 'sm'), colsAt(layout, 'xs')]).toEqual([12, 10, 6, 4]);
    expect(colsAt({ ...layout, colsByBreakpoint: { xs: 1 } }, 'xs')).toBe(1);
  });

  it('a breakpoint without its own layout is derived from the next wider one (clamped, then compacted)', () => {
    const comps = [c('a', { x: 0, y: 0, w: 6, h: 2 }), c('b', { x: 6, y: 0, w: 6, h: 2 })];
    const xs = layoutAt(comps, 'xs', opts);
    expect(xs.get('a')).toEqual({ x: 0, y: 0, w: 4, h: 2 });
    expect(xs.get('b')).toEqual({ x: 0, y: 2, w: 4, h: 2 });
    // sm has its own layout: xs derives from it, not from lg
    const withSm = [c('a', comps[0].grid, { layouts: { sm: { x: 0, y: 4, w: 3, h: 2 } } }), c('b', comps[1].grid, { layouts: { sm: { x: 3, y: 0, w: 3, h: 2 } } })];
    // sm floats a up beside b; on 4 columns b is moved in (x = 4 - 3) and then below a
    expect(layoutAt(withSm, 'xs', opts).get('a')).toEqual({ x: 0, y: 0, w: 3, h: 2 });
    expect(layoutAt(withSm, 'xs', opts).get('b')).toEqual({ x: 1, y: 2, w: 3, h: 2 });
  });

  it('hidden components are left out on their breakpoint and the others take their room', () => {
    const comps = [c('a', { x: 0, y: 0, w: 12, h: 2 }, { hidden: ['xs'] }), c('b', { x: 0, y: 2, w: 12, h: 2 })];
    const xs = layoutAt(comps, 'xs', opts);
    expect(xs.has('a')).toBe(false);
    expect(xs.get('b')).toEqual({ x: 0, y: 0, w: 4, h: 2 });
    expect(layoutAt(comps, 'lg', opts).get('a')).toEqual({ x: 0, y: 0, w: 12, h: 2 });
  });

  it('each container slot is a grid of its own', () => {
    const comps = [
      c('card', { x: 0, y: 0, w: 6, h: 6 }, { type: 'card' }),
      c('in', { x: 0, y: 0, w: 6, h: 2 }, { parent: { id: 'card', slot: 'body' } }),
      c('out', { x: 6, y: 0, w: 6, h: 2 }),
    ];
    const lg = layoutAt(comps, 'lg', opts);
    expect(lg.get('in')).toEqual({ x: 0, y: 0, w: 6, h: 2 });
    expect(lg.get('out')).toEqual({ x: 6, y: 0, w: 6, h: 2 });
  });
});
