import { propKey, type CallbackSpec, type PatternIndex, type Project } from '../schema/project';
import { concretize, patternedComponents, patternsById, type ConcreteCallback, type PatternedComponent } from './patterns';
import { errorHandlerIds } from './errorHandlers';

export interface CallbackNode {
  /** With pattern components given to buildGraph: the concrete callback (an instance's id, bindings naming components). */
  spec: CallbackSpec;
  /** The manifest callback whose code runs (the spec's id, but for an instance of a MATCH callback). */
  module: string;
  /** Argument names whose value is an array (ALL, ALLSMALLER bindings). */
  arrays: readonly string[];
  /** Output names that take an array, one value per component (ALL). */
  outputArrays: readonly string[];
  /** The MATCH index of an instance. */
  match?: PatternIndex;
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
  /** "id.prop" → every callback writing it, in declaration order: only props several write ("allowDuplicate"). */
  writers: Map<string, string[]>;
  /** Every callback id in dependency order (declaration order among independent ones). */
  order: string[];
  /** Callback ids on an input cycle; empty when the graph is acyclic. */
  cyclic: string[];
}

export type GraphSource = Pick<Project, 'callbacks'> & { onError?: string | undefined };

export interface GraphOptions {
  /**
   * The components that carry pattern ids, in page order: pattern callbacks become concrete
   * (patterns.ts). Without it, a pattern binding is one node named patternBindingId (the
   * manifest's view, as the editor's graph shows it).
   */
  patterns?: readonly PatternedComponent[];
}

export function buildGraph(project: GraphSource, options: GraphOptions = {}): DependencyGraph {
  const callbacks = new Map<string, CallbackNode>();
  const consumers = new Map<string, string[]>();
  const producer = new Map<string, string>();
  const writers = new Map<string, string[]>();
  // Callbacks used as error handlers (errorHandlers.ts) run only for a failed callback: not in the graph.
  const handlers = errorHandlerIds(project);
  const specs = handlers.size > 0 ? project.callbacks.filter((cb) => !handlers.has(cb.id)) : project.callbacks;
  const concrete: readonly ConcreteCallback[] = options.patterns
    ? concretize(specs, options.patterns)
    : specs.map((spec) => ({ spec, module: spec.id, arrays: [], outputArrays: [] }));
  for (const { spec, module, arrays, outputArrays, match } of concrete) {
    const node: CallbackNode = {
      spec,
      module,
      arrays,
      outputArrays,
      ...(match !== undefined ? { match } : {}),
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
    for (const key of node.outputs) {
      const first = producer.get(key);
      if (first === undefined) producer.set(key, spec.id);
      else if (first !== spec.id) writers.set(key, [...(writers.get(key) ?? [first]), spec.id]);
    }
  }
  const withState = topoSort(callbacks, producer, writers, true);
  const inputsOnly = withState.cyclic.length > 0 ? topoSort(callbacks, producer, writers, false) : withState;
  return { callbacks, consumers, producer, writers, order: inputsOnly.order, cyclic: inputsOnly.cyclic };
}

/** Every callback writing `key` (several only with allowDuplicate). */
export function writersOf(graph: Pick<DependencyGraph, 'producer' | 'writers'>, key: string): readonly string[] {
  const several = graph.writers.get(key);
  if (several) return several;
  const one = graph.producer.get(key);
  return one === undefined ? [] : [one];
}

/** Component id → its pattern id, of the components that carry one (for ctx.triggeredId). */
export type PatternIds = ReadonlyMap<string, { type: string; index: PatternIndex }>;

/**
 * The graph of a running app, on page or server alike: its pattern callbacks made concrete for
 * `components` (the manifest's, with repeat copies where there are some), and their pattern ids.
 */
export function buildAppGraph(project: GraphSource, components: readonly { id: string; pattern?: { type: string; index?: PatternIndex } }[]): { graph: DependencyGraph; patterns: PatternIds } {
  const patterned = patternedComponents(components);
  return { graph: buildGraph(project, { patterns: patterned }), patterns: patternsById(patterned) };
}

/** Callbacks that must run before `node`: producers of what it reads (every writer of a prop several write). */
export function upstreamOf(node: CallbackNode, producer: Map<string, string>, includeState: boolean, writers?: Map<string, string[]>): string[] {
  const keys = includeState ? [...node.inputs, ...node.state] : node.inputs;
  const ids = new Set<string>();
  for (const key of keys) {
    for (const p of writers?.get(key) ?? [producer.get(key)]) if (p !== undefined && p !== node.spec.id) ids.add(p);
  }
  return [...ids];
}

/** Kahn's algorithm, stable: among ready callbacks the one declared first goes first. */
function topoSort(
  callbacks: Map<string, CallbackNode>,
  producer: Map<string, string>,
  writers: Map<string, string[]>,
  includeState: boolean,
): { order: string[]; cyclic: string[] } {
  const ids = [...callbacks.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const pending = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const [id, node] of callbacks) {
    const ups = upstreamOf(node, producer, includeState, writers);
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
