import type { ComponentInstance, Project } from '../../runtime/schema';
import { bottomRow } from '../state/docOps';
import { takenIds, uniqueId } from '../state/ids';

/** The selected components, in document order. */
export function selectedComponents(project: Project, selection: readonly string[]): ComponentInstance[] {
  const ids = new Set(selection);
  return project.components.filter((c) => ids.has(c.id));
}

/**
 * Copies of `components` with fresh unique ids, placed as a group below everything on the
 * canvas (keeping their relative positions).
 */
export function cloneForPaste(project: Project, components: readonly ComponentInstance[]): ComponentInstance[] {
  if (components.length === 0) return [];
  const taken = takenIds(project);
  const top = Math.min(...components.map((c) => c.grid.y));
  const row = bottomRow(project.components);
  return components.map((c) => {
    const id = uniqueId(c.id, taken);
    taken.add(id);
    return {
      id,
      type: c.type,
      props: structuredClone(c.props),
      grid: { ...c.grid, y: row + (c.grid.y - top) },
    };
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
