import type { ParentRef } from '../../runtime/schema';
import { slotKey, subtreeIds } from '../../runtime/schema/containers';
import { editor } from '../state/editorStore';
import { bottomRow, mapComponents } from '../state/docOps';
import { resolveDocLayout } from '../state/layoutOps';
import type { DocSnapshot } from '../state/types';

/**
 * The document with components `ids` moved into `target` (a container's slot; null: the page),
 * each at the bottom of that grid (or from `cell` on) with its size (no wider than the grid), taking its children
 * along. A container is never moved into itself or into something inside it. Its narrower
 * layouts are dropped (they were cells of the grid it left), so they derive from the new grid.
 */
export function movedIntoContainer(doc: DocSnapshot, ids: readonly string[], target: ParentRef | null, cell?: { x: number; y: number }): DocSnapshot {
  const { components, layout } = doc.project;
  const blocked = target ? subtreeIds(components, ids) : new Set<string>();
  if (target && (blocked.has(target.id) || !components.some((c) => c.id === target.id))) return doc;
  const key = slotKey(target ?? undefined);
  const moving = new Set(ids.filter((id) => components.some((c) => c.id === id && slotKey(c.parent) !== key)));
  if (moving.size === 0) return doc;
  const bottom = bottomRow(components.filter((c) => slotKey(c.parent) === key));
  let row = bottom;
  const placed: { id: string; x: number; y: number; w: number; h: number }[] = [];
  const next = mapComponents(doc, (c) => {
    if (!moving.has(c.id)) return c;
    const w = Math.min(c.grid.w, layout.cols);
    const grid = cell ? { x: Math.min(cell.x, layout.cols - w), y: cell.y + (row - bottom), w, h: c.grid.h } : { x: Math.min(c.grid.x, layout.cols - w), y: row, w, h: c.grid.h };
    row += c.grid.h;
    placed.push({ id: c.id, ...grid });
    const { parent: _parent, layouts: _layouts, ...rest } = c;
    return target ? { ...rest, parent: { ...target }, grid } : { ...rest, grid };
  });
  return resolveDocLayout(next, placed);
}

/** "Move into…" (or a drag let go over another grid, at `cell`): put the components in a container's slot, or back on the page (null); one undo step. */
export function moveIntoContainer(ids: readonly string[], target: ParentRef | null, cell?: { x: number; y: number }): boolean {
  const where = target ? `${target.id} › ${target.slot}` : 'the page';
  const name = ids.length === 1 ? `Move ${ids[0]} into ${where}` : `Move ${ids.length} components into ${where}`;
  return editor().commit(name, (doc) => movedIntoContainer(doc, ids, target, cell));
}
