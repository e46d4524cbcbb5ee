/** The component tree: containers (tabs, card) hold components in named slots (DESIGN §2). */
import type { ComponentInstance, ParentRef } from './project';

/** The grid a component sits in: "" for the page, "<container>/<slot>" inside a container. */
export function slotKey(parent: ParentRef | undefined): string {
  return parent ? `${parent.id}/${parent.slot}` : '';
}

/** Components directly in `slot` of container `id` (every slot when `slot` is absent). */
export function childrenOf<C extends Pick<ComponentInstance, 'parent'>>(components: readonly C[], id: string, slot?: string): C[] {
  return components.filter((c) => c.parent?.id === id && (slot === undefined || c.parent.slot === slot));
}

/** Ids of `roots` and of everything inside them, at any depth. */
export function subtreeIds(components: readonly Pick<ComponentInstance, 'id' | 'parent'>[], roots: Iterable<string>): Set<string> {
  const ids = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of components) {
      if (c.parent && ids.has(c.parent.id) && !ids.has(c.id)) {
        ids.add(c.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The chain of containers above a component, nearest first; stops at a cycle. */
export function ancestorsOf(components: readonly Pick<ComponentInstance, 'id' | 'parent'>[], id: string): string[] {
  const byId = new Map(components.map((c) => [c.id, c]));
  const out: string[] = [];
  let next = byId.get(id)?.parent?.id;
  while (next !== undefined && !out.includes(next) && next !== id) {
    out.push(next);
    next = byId.get(next)?.parent?.id;
  }
  return out;
}

/** Whether following parents from `id` comes back to it. */
export function inCycle(components: readonly Pick<ComponentInstance, 'id' | 'parent'>[], id: string): boolean {
  const byId = new Map(components.map((c) => [c.id, c]));
  const seen = new Set<string>();
  let next = byId.get(id)?.parent?.id;
  while (next !== undefined && !seen.has(next)) {
    if (next === id) return true;
    seen.add(next);
    next = byId.get(next)?.parent?.id;
  }
  return false;
}
