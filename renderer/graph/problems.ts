import { buildGraph } from '../../runtime/graph';
import { propKey, type Problem } from '../../runtime/schema';
import { callbackNodeId, edgeId, propNodeId, type WiringSource } from './model';

/**
 * Which nodes and edges of the wiring graph a problem of the Problems list is about (the
 * host's validation, runtime/graph/validate.ts): a prop written by several callbacks
 * ("duplicate-output") and a cycle of callbacks feeding each other ("cycle"). Each maps a
 * node or edge id to the messages to show on it. Problems are checked against the current
 * wiring, so a list a moment old (validation runs after each edit) marks nothing that is gone.
 */
export interface GraphProblems {
  nodes: ReadonlyMap<string, readonly string[]>;
  edges: ReadonlyMap<string, readonly string[]>;
}

export const NO_PROBLEMS: GraphProblems = { nodes: new Map(), edges: new Map() };

const OUTPUT_PATH = /^callbacks\[(\d+)\]\.outputs\[(\d+)\]$/;

export function graphProblems(project: WiringSource, problems: readonly Problem[]): GraphProblems {
  const nodes = new Map<string, string[]>();
  const edges = new Map<string, string[]>();
  const note = (map: Map<string, string[]>, id: string, message: string): void => {
    const list = map.get(id) ?? [];
    if (!list.includes(message)) list.push(message);
    map.set(id, list);
  };
  const graph = buildGraph(project);

  for (const p of problems) {
    if (p.code === 'duplicate-output') {
      const m = OUTPUT_PATH.exec(p.path);
      const binding = m ? project.callbacks[Number(m[1])]?.outputs[Number(m[2])] : undefined;
      if (!binding) continue;
      const key = propKey(binding);
      const writers = project.callbacks.filter((cb) => cb.outputs.some((b) => propKey(b) === key));
      const twice = writers.length === 1 && writers[0]!.outputs.filter((b) => propKey(b) === key).length > 1;
      if (writers.length < 2 && !twice) continue;
      note(nodes, propNodeId(key), p.message);
      for (const cb of writers) {
        note(nodes, callbackNodeId(cb.id), p.message);
        note(edges, edgeId(callbackNodeId(cb.id), propNodeId(key), 'output'), p.message);
      }
    } else if (p.code === 'cycle' && p.target?.kind === 'callback') {
      const members = cycleThrough(graph, p.target.id);
      for (const id of members) {
        note(nodes, callbackNodeId(id), p.message);
        for (const key of graph.callbacks.get(id)!.outputs) {
          const next = (graph.consumers.get(key) ?? []).filter((c) => members.has(c));
          if (next.length === 0) continue;
          note(nodes, propNodeId(key), p.message);
          note(edges, edgeId(callbackNodeId(id), propNodeId(key), 'output'), p.message);
          for (const c of next) note(edges, edgeId(propNodeId(key), callbackNodeId(c), 'input'), p.message);
        }
      }
    }
  }
  return { nodes, edges };
}

/** The callbacks on a cycle with `start` (its strongly connected part), empty when there is none. */
function cycleThrough(graph: ReturnType<typeof buildGraph>, start: string): Set<string> {
  const next = (id: string): string[] => (graph.callbacks.get(id)?.outputs ?? []).flatMap((k) => graph.consumers.get(k) ?? []);
  const prev = new Map<string, string[]>();
  for (const id of graph.callbacks.keys()) for (const n of next(id)) prev.set(n, [...(prev.get(n) ?? []), id]);
  const reach = (from: string, step: (id: string) => readonly string[]): Set<string> => {
    const seen = new Set<string>();
    const todo = [...step(from)];
    while (todo.length) {
      const id = todo.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...step(id));
    }
    return seen;
  };
  const down = reach(start, next);
  const up = reach(start, (id) => prev.get(id) ?? []);
  return new Set([...down].filter((id) => up.has(id)));
}
