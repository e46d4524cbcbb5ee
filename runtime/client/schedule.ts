import { upstreamOf, type DependencyGraph } from '../graph';

export type Step = { kind: 'client'; id: string } | { kind: 'server'; ids: string[] };

/**
 * The next step of a cascade: `remaining` are the callbacks not yet run, in dependency order.
 *
 * A callback is ready when nothing still pending produces what it reads. Ready callbacks that
 * were not triggered (none of their inputs changed) can no longer be triggered: skipped.
 * A ready, triggered client callback runs first (it may unlock more server work). Otherwise
 * every server callback whose pending upstream is within the batch goes into one request, so
 * server work costs as few round trips as the client callbacks between them allow.
 */
export function nextStep(
  graph: DependencyGraph,
  remaining: readonly string[],
  triggered: (id: string) => boolean,
): { step: Step | null; skipped: string[] } {
  const pending = new Set(remaining);
  const skipped: string[] = [];
  const pendingUpstream = (id: string): string[] => {
    const node = graph.callbacks.get(id);
    return node ? upstreamOf(node, graph.producer, true, graph.writers).filter((u) => pending.has(u)) : [];
  };
  const isClient = (id: string): boolean => graph.callbacks.get(id)?.spec.placement === 'client';

  for (let progressed = true; progressed; ) {
    progressed = false;
    for (const id of remaining) {
      if (!pending.has(id) || pendingUpstream(id).length > 0) continue;
      if (!triggered(id)) {
        pending.delete(id);
        skipped.push(id);
        progressed = true;
      } else if (isClient(id)) {
        return { step: { kind: 'client', id }, skipped };
      }
    }
  }

  const batch: string[] = [];
  const batchOutputs = new Set<string>();
  for (const id of remaining) {
    if (!pending.has(id) || isClient(id)) continue;
    if (!pendingUpstream(id).every((u) => batch.includes(u))) continue;
    const node = graph.callbacks.get(id)!;
    if (triggered(id) || node.inputs.some((key) => batchOutputs.has(key))) {
      batch.push(id);
      for (const key of node.outputs) batchOutputs.add(key);
    } else {
      pending.delete(id);
      skipped.push(id);
    }
  }
  return { step: batch.length > 0 ? { kind: 'server', ids: batch } : null, skipped };
}
