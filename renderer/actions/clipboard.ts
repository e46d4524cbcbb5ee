import type { ComponentInstance, Project } from '../../runtime/schema';
import { slotKey, subtreeIds } from '../../runtime/schema/containers';
import { bottomRow } from '../state/docOps';
import { takenIds, uniqueId } from '../state/ids';

/** The selected components with everything inside the selected containers, in document order. */
export function selectedComponents(project: Project, selection: readonly string[]): ComponentInstance[] {
  const ids = subtreeIds(project.components, selection);
  return project.components.filter((c) => ids.has(c.id));
}

/**
 * Copies of `components` (whole subtrees) with fresh unique ids. Children of a copied container
 * go into the copy; the others (the roots) go back into the slot they came from when it is still
 * there (else onto the page), as a group below everything in that slot, keeping their relative
 * positions. Narrower layouts are dropped: they are derived again from the copy's grid.
 */
export function cloneForPaste(project: Project, components: readonly ComponentInstance[]): ComponentInstance[] {
  if (components.length === 0) return [];
  const taken = takenIds(project);
  const newIds = new Map<string, string>();
  for (const c of components) {
    const id = uniqueId(c.id, taken);
    taken.add(id);
    newIds.set(c.id, id);
  }
  const existing = new Set(project.components.map((c) => c.id));
  const rootParent = (c: ComponentInstance) => (c.parent && existing.has(c.parent.id) ? c.parent : undefined);
  const roots = components.filter((c) => !c.parent || !newIds.has(c.parent.id));
  const tops = new Map<string, number>();
  for (const r of roots) {
    const key = slotKey(rootParent(r));
    tops.set(key, Math.min(tops.get(key) ?? Infinity, r.grid.y));
  }
  return components.map((c) => {
    const inCopy = c.parent && newIds.has(c.parent.id);
    const copy: ComponentInstance = { id: newIds.get(c.id)!, type: c.type, props: structuredClone(c.props), grid: { ...c.grid } };
    if (c.hidden) copy.hidden = [...c.hidden];
    if (c.persistence) copy.persistence = c.persistence;
    if (c.cols !== undefined) copy.cols = c.cols;
    if (inCopy) {
      copy.parent = { id: newIds.get(c.parent!.id)!, slot: c.parent!.slot };
      if (c.layouts) copy.layouts = structuredClone(c.layouts);
      return copy;
    }
    const parent = rootParent(c);
    if (parent) copy.parent = { ...parent };
    else if (c.page !== undefined) copy.page = c.page;
    const key = slotKey(parent);
    const row = bottomRow(project.components.filter((p) => slotKey(p.parent) === key));
    copy.grid.y = row + (c.grid.y - tops.get(key)!);
    return copy;
  });
}

/** Best effort: also put the components on the system clipboard as JSON. */
export function writeSystemClipboard(components: readonly ComponentInstance[]): void {
  try {
    void navigator.clipboard?.writeText(JSON.stringify({ dashwright: 'components', components }, null, 2)).catch(() => undefined);
  } catch {
    // no clipboard permission: the in-app clipboard still works
  }
}
