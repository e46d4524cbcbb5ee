import { compactionOf, resolveLayout, type PlacedItem } from '../../runtime/schema/layoutResolve';
import type { Grid } from '../../runtime/schema';
import { mapComponents } from './docOps';
import type { DocSnapshot } from './types';

/**
 * The document with its components where the canvas shows them, after `placed` were put where
 * the user put them (their neighbours give way as on the canvas). `layout`: positions the canvas
 * already resolved (a drag's whole layout), taken as the starting point. Every command that
 * writes `grid` goes through this, so no saved layout has two components on one cell.
 */
export function resolveDocLayout(doc: DocSnapshot, placed: readonly PlacedItem[] = [], layout?: readonly PlacedItem[]): DocSnapshot {
  const { project } = doc;
  const base = layout ? new Map(layout.map((l) => [l.id, l])) : null;
  const items = project.components.map((c): PlacedItem => {
    const g = base?.get(c.id) ?? c.grid;
    return { id: c.id, x: g.x, y: g.y, w: g.w, h: g.h };
  });
  const resolved = resolveLayout(items, { cols: project.layout.cols, compaction: compactionOf(project.settings), placed });
  const byId = new Map(resolved.map((r) => [r.id, r]));
  return mapComponents(doc, (c) => {
    const r = byId.get(c.id);
    if (!r || sameGrid(r, c.grid)) return c;
    return { ...c, grid: { x: r.x, y: r.y, w: r.w, h: r.h } };
  });
}

export function sameGrid(a: Grid, b: Grid): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}
