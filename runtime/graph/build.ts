import { propKey, type CallbackSpec, type Project } from '../schema/project';

export interface CallbackNode {
  spec: CallbackSpec;
  /** "id.prop" keys; a change to one triggers the callback. */
  inputs: string[];
  /** "id.prop" keys read but not triggering. */
  state: string[];
  outputs: string[];
}

export interface DependencyGraph {
  callbacks: Map<string, CallbackNode>;
  /** "id.prop" → ids of callbacks taking it as an input (not state). */
  consumers: Map<string, string[]>;
  /** "id.prop" → id of the (first) callback writing it. */
  producer: Map<string, string>;
  /** Every callback id in dependency order (declaration order among independent ones). */
  order: string[];
  /** Callback ids on an input cycle; empty when the graph is acyclic. */
  cyclic: string[];
}

export type GraphSource = Pick<Project, 'callbacks'>;

export function buildGraph(project: GraphSource): DependencyGraph {
  const callbacks = new Map<string, CallbackNode>();
  const consumers = new Map<string, string[]>();
  const producer = new Map<string, string>();
  for (const spec of project.callbacks) {
    const node: CallbackNode = {
      spec,
      inputs: spec.inputs.map(propKey),
      state: spec.state.map(propKey),
      outputs: spec.outputs.map(propKey),
    };
    callbacks.set(spec.id, node);
    for (const key of node.inputs) {
      const list = consumers.get(key) ?? [];
      if (!list.includes(spec.id)) list.push(spec.id);
      consumers.set(key, list);
    }
    for (const key of node.outputs) if (!producer.has(key)) producer.set(key, spec.id);
  }
  const withState = topoSort(callbacks, producer, true);
  const inputsOnly = withState.cyclic.length > 0 ? topoSort(callbacks, producer, false) : withState;
  return { callbacks, consumers, producer, order: inputsOnly.order, cyclic: inputsOnly.cyclic };
}

/** Callbacks that must run before `node`: producers of what it reads. */
export function upstreamOf(node: CallbackNode, producer: Map<string, string>, includeState: boolean): string[] {
  const keys = includeState ? [...node.inputs, ...node.state] : node.inputs;
  const ids = new Set<string>();
  for (const key of keys) {
    const p = producer.get(key);
    if (p !== undefined && p !== node.spec.id) ids.add(p);
  }
  return [...ids];
}

/** Kahn's algorithm, stable: among ready callbacks the one declared first goes first. */
function topoSort(
  callbacks: Map<string, CallbackNode>,
  producer: Map<string, string>,
  includeState: boolean,
): { order: string[]; cyclic: string[] } {
  const ids = [...callbacks.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const pending = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const [id, node] of callbacks) {
    const ups = upstreamOf(node, producer, includeState);
    pending.set(id, ups.length);
    for (const up of ups) dependents.set(up, [...(dependents.get(up) ?? []), id]);
  }
  const ready = ids.filter((id) => pending.get(id) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => index.get(a)! - index.get(b)!);
    const id = ready.shift()!;
    order.push(id);
    for (const dep of dependents.get(id) ?? []) {
      const left = pending.get(dep)! - 1;
      pending.set(dep, left);
      if (left === 0) ready.push(dep);
    }
  }
  const placed = new Set(order);
  return { order, cyclic: ids.filter((id) => !placed.has(id)) };
}
