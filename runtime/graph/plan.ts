import { writersOf, type DependencyGraph } from './build';

/**
 * The callbacks a change to `changed` sets off, each once, in dependency order: consumers of
 * the changed props, then consumers of their outputs, and so on.
 */
export function planCascade(graph: DependencyGraph, changed: readonly string[]): string[] {
  const affected = new Set<string>();
  const queue = [...changed];
  const seenKeys = new Set<string>();
  while (queue.length > 0) {
    const key = queue.shift()!;
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    for (const id of graph.consumers.get(key) ?? []) {
      if (affected.has(id)) continue;
      affected.add(id);
      queue.push(...graph.callbacks.get(id)!.outputs);
    }
  }
  return graph.order.filter((id) => affected.has(id));
}

/**
 * The initial load, as Dash does it: every callback without preventInitialCall, plus every
 * callback their outputs trigger, in dependency order.
 */
export function planInitial(graph: DependencyGraph): string[] {
  const seeds = graph.order.filter((id) => !graph.callbacks.get(id)!.spec.preventInitialCall);
  const outputs = seeds.flatMap((id) => graph.callbacks.get(id)!.outputs);
  const downstream = new Set(planCascade(graph, outputs));
  const all = new Set([...seeds, ...downstream]);
  return graph.order.filter((id) => all.has(id));
}

/**
 * Every "id.prop" the given callbacks read (inputs and state). Includes props written by an
 * earlier callback of the set: that one may leave them unchanged (noUpdate, error), so the
 * current value must come along.
 */
export function readsOf(graph: DependencyGraph, callbackIds: readonly string[]): string[] {
  const reads = new Set<string>();
  for (const id of callbackIds) {
    const node = graph.callbacks.get(id);
    if (!node) continue;
    for (const key of [...node.inputs, ...node.state]) reads.add(key);
  }
  return [...reads];
}

/**
 * Whether a planned callback runs once everything upstream of it has settled, and its
 * `ctx.triggered`: the inputs changed by the user or earlier in the cascade. On the initial load
 * (`initialPlan`: planInitial's callbacks) a callback without preventInitialCall also runs with
 * nothing changed, with `[]`, unless every input comes from a callback of the initial load:
 * then those left their outputs unchanged (prevented, noUpdate, failed) and, as in Dash, it is
 * left out. null: it does not run.
 */
export function triggerOf(
  graph: DependencyGraph,
  id: string,
  changed: (key: string) => boolean,
  initialPlan?: ReadonlySet<string>,
): string[] | null {
  const node = graph.callbacks.get(id);
  if (!node) return null;
  const triggered = node.inputs.filter(changed);
  if (triggered.length > 0) return triggered;
  if (!initialPlan || node.spec.preventInitialCall) return null;
  const fedByInitial = (key: string): boolean => writersOf(graph, key).some((producer) => producer !== id && initialPlan.has(producer));
  if (node.inputs.length > 0 && node.inputs.every(fedByInitial)) return null;
  return [];
}
