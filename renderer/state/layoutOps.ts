import { compactionOf, resolveLayout, type PlacedItem } from '../../runtime/schema/layoutResolve';
import { isHiddenAt, layoutAt, slotColsAt } from '../../runtime/schema/breakpoints';
import { componentsOnPage } from '../../runtime/schema/pages';
import { currentPage } from './page';
import { slotKey } from '../../runtime/schema/containers';
import type { Breakpoint, ComponentInstance, Grid } from '../../runtime/schema';
import { mapComponents } from './docOps';
import type { DocSnapshot } from './types';

/**
 * The document with its components where the canvas shows them, after `placed` were put where
 * the user put them (their neighbours give way as on the canvas). `layout`: positions the canvas
 * already resolved (a drag's whole layout), taken as the starting point. Every command that
 * writes positions goes through this, so no saved layout has two components on one cell.
 *
 * Each container slot is a grid of its own, resolved apart from the page's. On the widest
 * breakpoint `grid` is written; on a narrower one (`bp`) the `layouts` entry of that breakpoint,
 * for every shown component of the grids that changed (what the canvas showed there, derived
 * from the wider layouts until then, becomes that breakpoint's own layout).
 *
 * Only the components of `page` (the canvas's, by default) and those on every page are laid out:
 * each page is a grid of its own. A container's grid has its own `cols`.
 */
export function resolveDocLayout(doc: DocSnapshot, placed: readonly PlacedItem[] = [], layout?: readonly PlacedItem[], bp: Breakpoint = 'lg', page: string | undefined = currentPage()): DocSnapshot {
  const { project } = doc;
  const compaction = compactionOf(project.settings);
  const base = layout ? new Map(layout.map((l) => [l.id, l])) : null;
  const current = bp === 'lg' ? null : layoutAt(project.components, bp, { layout: project.layout, compaction, page });
  const groups = new Map<string, ComponentInstance[]>();
  const byId = new Map(project.components.map((c) => [c.id, c]));
  for (const c of componentsOnPage(project.components, page)) {
    if (bp !== 'lg' && isHiddenAt(c, bp)) continue;
    const key = slotKey(c.parent);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const placedIds = new Set(placed.map((p) => p.id));
  const resolved = new Map<string, PlacedItem>();
  for (const group of groups.values()) {
    const touched = group.some((c) => placedIds.has(c.id) || base?.has(c.id));
    if (bp !== 'lg' && !touched) continue;
    const items = group.map((c): PlacedItem => {
      const g = base?.get(c.id) ?? current?.get(c.id) ?? c.grid;
      return { id: c.id, x: g.x, y: g.y, w: g.w, h: g.h };
    });
    const mine = placed.filter((p) => group.some((c) => c.id === p.id));
    const container = group[0]?.parent ? byId.get(group[0].parent.id) : undefined;
    for (const r of resolveLayout(items, { cols: slotColsAt(project.layout, bp, container), compaction, placed: mine })) resolved.set(r.id, r);
  }
  return mapComponents(doc, (c) => {
    const r = resolved.get(c.id);
    if (!r) return c;
    const grid = { x: r.x, y: r.y, w: r.w, h: r.h };
    if (bp === 'lg') return sameGrid(grid, c.grid) ? c : { ...c, grid };
    const own = c.layouts?.[bp];
    return own && sameGrid(grid, own) ? c : { ...c, layouts: { ...c.layouts, [bp]: grid } };
  });
}

export function sameGrid(a: Grid, b: Grid): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}
