import type { ComponentInstance } from '../../runtime/schema';

const cache = new WeakMap<readonly ComponentInstance[], Map<string, ComponentInstance>>();

/** id → component for one components array, built once per array (the document is immutable). */
export function componentIndex(components: readonly ComponentInstance[]): Map<string, ComponentInstance> {
  let index = cache.get(components);
  if (!index) {
    index = new Map(components.map((c) => [c.id, c]));
    cache.set(components, index);
  }
  return index;
}
