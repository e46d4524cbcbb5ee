import type { DependencyGraph } from '../graph';
import type { ComponentRegistry } from '../components/registry';
import type { AppSpec } from '../contracts/spec';
import { repeatCopies, repeatIds } from '../schema/repeat';
import type { RuntimeState } from './store';

/** "<repeat>.items" of every repeat container with a template: a change to one remakes the copies; the server is sent them. */
export function repeatItemKeys(spec: AppSpec): ReadonlySet<string> {
  return new Set(repeatIds(spec.components).map((id) => `${id}.items`));
}

/**
 * The state with the copies its repeat containers' current items call for (DESIGN §4b): a new
 * copy starts from its template child's props, a copy whose item is gone is dropped, the others
 * keep their values. `added`, `removed`: ids of the copies made and dropped (the callbacks
 * that read them run, as on an initial call).
 */
export function withCopies(state: RuntimeState, spec: AppSpec, registry: ComponentRegistry): { state: RuntimeState; added: string[]; removed: string[] } {
  const copies = repeatCopies(spec.components, (id) => state.components[id]?.items);
  const before = new Set(state.copies.map((c) => c.id));
  const after = new Set(copies.map((c) => c.id));
  const added = copies.filter((c) => !before.has(c.id));
  const removed = state.copies.filter((c) => !after.has(c.id)).map((c) => c.id);
  if (added.length === 0 && removed.length === 0) return { state, added: [], removed: [] };
  const components = { ...state.components };
  for (const c of state.copies) if (!after.has(c.id)) delete components[c.id];
  for (const c of added) components[c.id] = registry.withDefaults(c.type, c.props);
  return { state: { ...state, components, copies }, added: added.map((c) => c.id), removed };
}

/** Callbacks of `graph` that read or write a component of `ids`. */
export function callbacksTouching(graph: DependencyGraph, ids: readonly string[]): Set<string> {
  const set = new Set(ids);
  const touches = (key: string): boolean => set.has(key.slice(0, key.indexOf('.')));
  const out = new Set<string>();
  for (const [id, node] of graph.callbacks) if ([...node.inputs, ...node.state, ...node.outputs].some(touches)) out.add(id);
  return out;
}
