import type { Breakpoint, Grid } from '../../runtime/schema';
import { currentBreakpoint } from '../state/breakpoint';
import { colsAt, layoutAt } from '../../runtime/schema/breakpoints';
import { compactionOf } from '../../runtime/schema/layoutResolve';
import { editor } from '../state/editorStore';
import { resolveDocLayout, sameGrid } from '../state/layoutOps';
import { currentPage } from '../state/page';
import type { DocSnapshot } from '../state/types';
import { defineAction, hasSelection } from './types';

export interface GridChange extends Grid {
  id: string;
}

export interface MoveResizeOptions {
  /** Repeated edits with this key within a moment are one undo step (typing a number, nudging). */
  coalesce?: string;
  /** The whole layout the canvas resolved during a drag (the items the moved one pushed). */
  layout?: readonly GridChange[];
  /** The breakpoint edited (default: the canvas's width switch); "lg" writes `grid`, others their `layouts` entry. */
  breakpoint?: Breakpoint;
}

/**
 * Put components where `changes` say; what is in their way gives way as on the canvas, and the
 * project's compaction applies. Unchanged components keep their identity.
 */
export function applyGridChanges(doc: DocSnapshot, changes: readonly GridChange[], layout?: readonly GridChange[], bp: Breakpoint = 'lg'): DocSnapshot {
  return resolveDocLayout(doc, changes, layout, bp);
}

/** Move and/or resize components (a drag or resize on the canvas, a typed X/Y/W/H). */
export function moveResizeComponents(changes: readonly GridChange[], name = 'Move', options: MoveResizeOptions = {}): boolean {
  const bp = options.breakpoint ?? currentBreakpoint();
  const label = bp === 'lg' ? name : `${name} (${bp})`;
  return editor().commit(label, (doc) => applyGridChanges(doc, changes, options.layout, bp), options.coalesce ? { coalesce: options.coalesce } : undefined);
}

/**
 * Move the selection by one grid cell (arrow keys); repeated nudges are one undo step. With
 * vertical compaction a step down (or up) that compaction would undo moves the item past its
 * neighbour instead: the smallest move the canvas can show.
 */
export function nudgeSelection(dx: number, dy: number): boolean {
  const s = editor();
  const selected = new Set(s.session.selection);
  const moving = s.project.components.filter((c) => selected.has(c.id));
  if (moving.length === 0) return false;
  const label = moving.length === 1 ? `Nudge ${moving[0].id}` : `Nudge ${moving.length} components`;
  const bp = currentBreakpoint();
  return s.commit(bp === 'lg' ? label : `${label} (${bp})`, (doc) => nudged(doc, selected, dx, dy, bp), { coalesce: `nudge:${bp}:${[...selected].sort().join(',')}` });
}

/** The components' cells on `bp` (their `grid` on the widest), each in its own slot's grid; hidden ones are absent. */
function cellsAt(doc: DocSnapshot, bp: Breakpoint): { id: string; grid: Grid }[] {
  const { project } = doc;
  if (bp === 'lg') return project.components;
  const cells = layoutAt(project.components, bp, { layout: project.layout, compaction: compactionOf(project.settings), page: currentPage() });
  return project.components.flatMap((c) => (cells.has(c.id) ? [{ id: c.id, grid: cells.get(c.id)! }] : []));
}

function nudged(doc: DocSnapshot, selected: ReadonlySet<string>, dx: number, dy: number, bp: Breakpoint = 'lg'): DocSnapshot {
  const cols = colsAt(doc.project.layout, bp);
  const all = cellsAt(doc, bp);
  const moving = all.filter((c) => selected.has(c.id));
  if (moving.length === 0) return doc;
  // Passing a neighbour takes at most its height in steps.
  const steps = dy === 0 ? 1 : 1 + all.reduce((max, c) => Math.max(max, c.grid.h), 0);
  let previous = '';
  for (let k = 1; k <= steps; k++) {
    const changes = moving.map((c) => ({
      id: c.id,
      x: Math.min(Math.max(0, c.grid.x + dx * k), cols - c.grid.w),
      y: Math.max(0, c.grid.y + dy * k),
      w: c.grid.w,
      h: c.grid.h,
    }));
    const key = JSON.stringify(changes);
    if (key === previous || changes.every((n, i) => sameGrid(n, moving[i].grid))) return doc;
    previous = key;
    const next = applyGridChanges(doc, changes, undefined, bp);
    if (next.project.components.some((c, i) => selected.has(c.id) && c !== doc.project.components[i])) return next;
  }
  return doc;
}

const nudge = (name: string, label: string, key: string, dx: number, dy: number) =>
  defineAction({ name, label, group: 'Edit', shortcuts: [key], palette: false, enabled: hasSelection, run: () => nudgeSelection(dx, dy) });

export const nudgeActions = [
  nudge('nudgeLeft', 'Nudge left', 'ArrowLeft', -1, 0),
  nudge('nudgeRight', 'Nudge right', 'ArrowRight', 1, 0),
  nudge('nudgeUp', 'Nudge up', 'ArrowUp', 0, -1),
  nudge('nudgeDown', 'Nudge down', 'ArrowDown', 0, 1),
];
