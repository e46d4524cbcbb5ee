/**
 * Where components end up on a grid: the one place that resolves collisions, shared by the
 * editor's commands (what they save is what the canvas shows) and the app (which places by the
 * saved `grid`). It runs react-grid-layout's own algorithm (its React-free `core` entry), so the
 * canvas and the saved layout agree: react-grid-layout shows a layout prop as
 * `compactor.compact(correctBounds(layout))`, and every output of `resolveLayout` is a fixed
 * point of that.
 */
import { cloneLayoutItem, getCompactor, getFirstCollision, getLayoutItem, moveElement, sortLayoutItemsByRowCol, type Compactor, type LayoutItem } from 'react-grid-layout/core';
import type { Grid, Settings } from './project';

/** "vertical": items float up (react-grid-layout's default); "none": items stay where they are put. */
export type Compaction = NonNullable<Settings['compaction']>;

export interface PlacedItem extends Grid {
  id: string;
}

export interface ResolveOptions {
  cols: number;
  compaction: Compaction;
  /**
   * Items the user just placed (a drag, a typed X/Y/W/H, a nudge, a drop): they take these cells
   * and whatever is in their way gives way. An id not among the items is added.
   */
  placed?: readonly PlacedItem[];
}

export function compactionOf(settings: Settings | undefined): Compaction {
  return settings?.compaction ?? 'vertical';
}

const COMPACTORS: Record<Compaction, Compactor> = {
  vertical: getCompactor('vertical', false, false),
  // Without compaction a drag or resize on the canvas stops at other items instead of pushing
  // them (react-grid-layout would leave a trail of pushed items behind the pointer).
  none: getCompactor(null, false, true),
};

/** The react-grid-layout compactor for a compaction: the canvas is configured with this one (a constant per compaction). */
export function compactorFor(compaction: Compaction): Compactor {
  return COMPACTORS[compaction];
}

/** Inside the grid, whole cells, at least one cell: react-grid-layout's bounds. */
function inBounds(item: PlacedItem, cols: number): LayoutItem {
  const w = Math.min(Math.max(1, Math.round(item.w)), cols);
  return {
    i: item.id,
    x: Math.min(Math.max(0, Math.round(item.x)), cols - w),
    y: Math.max(0, Math.round(item.y)),
    w,
    h: Math.max(1, Math.round(item.h)),
  };
}

/**
 * Push each item down just below whatever earlier item it overlaps. `fixed` items go first and
 * keep their cells; the rest in reading order. Without compaction this is all that moves.
 */
function settle(layout: LayoutItem[], fixed: ReadonlySet<string>): LayoutItem[] {
  const first = layout.filter((l) => fixed.has(l.i));
  const rest = sortLayoutItemsByRowCol(layout.filter((l) => !fixed.has(l.i)));
  const done: LayoutItem[] = [];
  for (const item of [...first, ...rest]) {
    const l = cloneLayoutItem(item);
    let hit: LayoutItem | undefined;
    while ((hit = getFirstCollision(done, l)) !== undefined) l.y = hit.y + hit.h;
    done.push(l);
  }
  return done;
}

/**
 * The positions `items` take on a grid of `cols` columns with `compaction`, after `placed` were
 * put where the user put them. Never two items on one cell; returned in the order of `items`
 * (then new placed ids). Positions that did not change are returned as given.
 */
export function resolveLayout(items: readonly PlacedItem[], options: ResolveOptions): PlacedItem[] {
  const { cols, compaction } = options;
  const placed = (options.placed ?? []).map((p) => inBounds(p, cols));
  const placedIds = new Set(placed.map((p) => p.i));
  // Placed items first, so they win ties in compaction order (same row and column).
  let layout: LayoutItem[] = [
    ...placed.map((p) => {
      const existing = items.find((c) => c.id === p.i);
      return existing ? inBounds(existing, cols) : { ...p, y: Number.MAX_SAFE_INTEGER };
    }),
    ...items.filter((c) => !placedIds.has(c.id)).map((c) => inBounds(c, cols)),
  ];
  const bottom = layout.reduce((max, l) => (l.y === Number.MAX_SAFE_INTEGER ? max : Math.max(max, l.y + l.h)), 0);
  for (const l of layout) if (l.y === Number.MAX_SAFE_INTEGER) l.y = bottom;

  if (compaction === 'vertical') {
    // Exactly what a drag on the canvas does: move the item (pushing what it hits), then compact.
    for (const p of placed) {
      const l = getLayoutItem(layout, p.i)!;
      l.w = p.w;
      l.h = p.h;
      layout = moveElement(layout, l, p.x, p.y, true, false, 'vertical', cols, false);
    }
    layout = compactorFor('vertical').compact(layout, cols) as LayoutItem[];
  } else {
    for (const p of placed) Object.assign(getLayoutItem(layout, p.i)!, { x: p.x, y: p.y, w: p.w, h: p.h });
  }
  // Vertical compaction leaves no overlap already; settling then changes nothing.
  const out = new Map(settle(layout, placedIds).map((l) => [l.i, l]));

  const result = items.map((c): PlacedItem => {
    const l = out.get(c.id)!;
    return l.x === c.x && l.y === c.y && l.w === c.w && l.h === c.h ? c : { id: c.id, x: l.x, y: l.y, w: l.w, h: l.h };
  });
  const known = new Set(items.map((c) => c.id));
  for (const p of placed) {
    if (known.has(p.i)) continue;
    const l = out.get(p.i)!;
    result.push({ id: l.i, x: l.x, y: l.y, w: l.w, h: l.h });
  }
  return result;
}
