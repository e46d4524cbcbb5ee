import type { Grid } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { mapComponents } from '../state/docOps';
import type { DocSnapshot } from '../state/types';
import { defineAction, hasSelection } from './types';

export interface GridChange extends Grid {
  id: string;
}

/** Apply new grid rectangles to the components they name; unchanged ones keep their identity. */
export function applyGridChanges(doc: DocSnapshot, changes: readonly GridChange[]): DocSnapshot {
  const byId = new Map(changes.map((c) => [c.id, c]));
  return mapComponents(doc, (c) => {
    const n = byId.get(c.id);
    if (!n || (n.x === c.grid.x && n.y === c.grid.y && n.w === c.grid.w && n.h === c.grid.h)) return c;
    return { ...c, grid: { x: n.x, y: n.y, w: n.w, h: n.h } };
  });
}

/** Move and/or resize components (a drag or resize on the canvas, with the items it pushed). */
export function moveResizeComponents(changes: readonly GridChange[], name = 'Move', coalesce?: string): boolean {
  return editor().commit(name, (doc) => applyGridChanges(doc, changes), coalesce ? { coalesce } : undefined);
}

/** Move the selection by whole grid cells (arrow keys); repeated nudges are one undo step. */
export function nudgeSelection(dx: number, dy: number): boolean {
  const s = editor();
  const selected = new Set(s.session.selection);
  const cols = s.project.layout.cols;
  const changes = s.project.components
    .filter((c) => selected.has(c.id))
    .map((c) => ({
      id: c.id,
      x: Math.min(Math.max(0, c.grid.x + dx), cols - c.grid.w),
      y: Math.max(0, c.grid.y + dy),
      w: c.grid.w,
      h: c.grid.h,
    }));
  return moveResizeComponents(changes, 'Nudge', `nudge:${[...selected].sort().join(',')}`);
}

const nudge = (name: string, label: string, key: string, dx: number, dy: number) =>
  defineAction({ name, label, group: 'Edit', shortcuts: [key], palette: false, enabled: hasSelection, run: () => nudgeSelection(dx, dy) });

export const nudgeActions = [
  nudge('nudgeLeft', 'Nudge left', 'ArrowLeft', -1, 0),
  nudge('nudgeRight', 'Nudge right', 'ArrowRight', 1, 0),
  nudge('nudgeUp', 'Nudge up', 'ArrowUp', 0, -1),
  nudge('nudgeDown', 'Nudge down', 'ArrowDown', 0, 1),
];
