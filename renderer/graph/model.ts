import { buildGraph } from '../../runtime/graph';
import { propKey, splitPropKey, type Project } from '../../runtime/schema/project';

/**
 * The wiring of a project as a directed graph for drawing: one node per wired "id.prop" (a
 * component prop or a named value) and one per callback; edges run prop → callback (input,
 * state, cancel) and callback → prop (output).
 */
export type NodeKind = 'prop' | 'callback';
export type EdgeKind = 'input' | 'state' | 'cancel' | 'output';

export interface ModelNode {
  /** "cb:<callback id>" or "p:<id.prop>". */
  id: string;
  kind: NodeKind;
  /** Callback id, or the "id.prop" key. */
  key: string;
  /** Component or value id (props), callback id (callbacks). */
  owner: string;
  /** Prop name (props only). */
  prop?: string;
  /** Component type; undefined for named values and callbacks. */
  componentType?: string;
  isValue?: boolean;
  placement?: 'server' | 'client';
}

export interface ModelEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
}

export interface GraphModel {
  nodes: ModelNode[];
  edges: ModelEdge[];
  /** Components no callback reads or writes. */
  unwired: string[];
}

export const callbackNodeId = (id: string): string => `cb:${id}`;
export const propNodeId = (key: string): string => `p:${key}`;
export const edgeId = (from: string, to: string, kind: EdgeKind): string => `${from}->${to}:${kind}`;

/** The binding an edge stands for: which list of which callback holds which "id.prop". */
export interface EdgeBinding {
  callback: string;
  role: 'inputs' | 'state' | 'cancel' | 'outputs';
  key: string;
}

const ROLE_OF: Record<EdgeKind, EdgeBinding['role']> = { input: 'inputs', state: 'state', cancel: 'cancel', output: 'outputs' };

export function edgeBinding(edge: Pick<ModelEdge, 'from' | 'to' | 'kind'>): EdgeBinding {
  const [cb, prop] = edge.kind === 'output' ? [edge.from, edge.to] : [edge.to, edge.from];
  return { callback: cb.slice(3), role: ROLE_OF[edge.kind], key: prop.slice(2) };
}

export type WiringSource = Pick<Project, 'components' | 'values' | 'callbacks'>;

export function graphModel(project: WiringSource): GraphModel {
  const graph = buildGraph(project);
  const types = new Map(project.components.map((c) => [c.id, c.type]));
  const values = new Set(project.values.map((v) => v.id));
  const nodes: ModelNode[] = [];
  const edges: ModelEdge[] = [];
  const seen = new Set<string>();
  const wired = new Set<string>();

  const propNode = (key: string): string => {
    const id = propNodeId(key);
    if (!seen.has(id)) {
      seen.add(id);
      const parts = splitPropKey(key);
      const owner = parts?.id ?? key;
      wired.add(owner);
      nodes.push({
        id,
        kind: 'prop',
        key,
        owner,
        prop: parts?.prop,
        componentType: types.get(owner),
        isValue: values.has(owner) || !types.has(owner),
      });
    }
    return id;
  };
  const edge = (from: string, to: string, kind: EdgeKind): void => {
    const id = edgeId(from, to, kind);
    if (!edges.some((e) => e.id === id)) edges.push({ id, from, to, kind });
  };

  // Declaration order keeps the drawing stable while the user edits.
  for (const spec of project.callbacks) {
    const node = graph.callbacks.get(spec.id);
    if (!node || seen.has(callbackNodeId(spec.id))) continue;
    const cb = callbackNodeId(spec.id);
    seen.add(cb);
    const inputs = node.inputs.map(propNode);
    const state = node.state.map(propNode);
    const cancel = (spec.cancel ?? []).map((b) => propNode(propKey(b)));
    nodes.push({ id: cb, kind: 'callback', key: spec.id, owner: spec.id, placement: spec.placement });
    for (const p of inputs) edge(p, cb, 'input');
    for (const p of state) edge(p, cb, 'state');
    for (const p of cancel) edge(p, cb, 'cancel');
    for (const key of node.outputs) edge(cb, propNode(key), 'output');
  }
  const unwired = project.components.map((c) => c.id).filter((id) => !wired.has(id));
  return { nodes, edges, unwired };
}
