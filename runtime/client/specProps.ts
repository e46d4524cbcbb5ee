import type { ComponentRegistry } from '../components/registry';
import type { AppSpec } from '../contracts/spec';
import { splitPropKey } from '../schema/project';

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every component's props for a (re)loaded spec: its type's defaults under the manifest's props,
 * then `seed` (persisted values, pages.tsx), then — on a reload that keeps the user's values —
 * what the user set, for props whose manifest value did not change (the others are forgotten:
 * removed from `userSet`). A fresh load forgets them all.
 */
export function propsForSpec(
  spec: AppSpec,
  previous: AppSpec | null,
  registry: ComponentRegistry,
  userSet: Map<string, unknown>,
  keepUserValues: boolean,
  seed?: (spec: AppSpec, components: Record<string, Record<string, unknown>>) => void,
): Record<string, Record<string, unknown>> {
  const components: Record<string, Record<string, unknown>> = {};
  for (const c of spec.components) components[c.id] = registry.withDefaults(c.type, c.props);
  seed?.(spec, components);
  if (!keepUserValues || !previous) {
    userSet.clear();
    return components;
  }
  const before = new Map(previous.components.map((c) => [c.id, c]));
  const after = new Map(spec.components.map((c) => [c.id, c]));
  for (const [key, value] of userSet) {
    const parts = splitPropKey(key);
    const oldC = parts ? before.get(parts.id) : undefined;
    const newC = parts ? after.get(parts.id) : undefined;
    if (parts && oldC && newC && oldC.type === newC.type && sameJson(oldC.props[parts.prop], newC.props[parts.prop])) components[parts.id]![parts.prop] = value;
    else userSet.delete(key);
  }
  return components;
}
