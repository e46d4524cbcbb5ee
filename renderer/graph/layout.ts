import { graphModel, type EdgeKind, type ModelNode, type WiringSource } from './model';
import { placeColumn } from './place';

/**
 * Layered left-to-right layout of the wiring graph (Sugiyama style, small and deterministic):
 * 1. ranks by longest path from the sources (back edges of a cycle are ignored), so props sit in
 *    even columns (sources — the inputs — in column 0) and callbacks in odd ones;
 * 2. edges spanning several columns get a lane (a dummy point) in each column they cross, so they
 *    never run through a node;
 * 3. order within columns by barycentre sweeps (fewer crossings);
 * 4. vertical positions close to the neighbours' centres, without overlaps (see place.ts).
 */

export interface LayoutSizes {
  propWidth: number;
  propHeight: number;
  callbackWidth: number;
  callbackHeight: number;
  /** Horizontal space between columns. */
  columnGap: number;
  /** Vertical space between nodes of a column. */
  rowGap: number;
  /** Vertical space a passing edge takes in a column. */
  laneGap: number;
  padding: number;
}

export const DEFAULT_SIZES: LayoutSizes = {
  propWidth: 150,
  propHeight: 30,
  callbackWidth: 200,
  callbackHeight: 48,
  columnGap: 40,
  rowGap: 12,
  laneGap: 10,
  padding: 12,
};

export interface Point {
  x: number;
  y: number;
}

export interface LaidNode extends ModelNode {
  rank: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** From the source's right side, through lanes, to the target's left side. */
  points: Point[];
  /** Drawn against the flow (an edge of a cycle). */
  back: boolean;
}

export interface GraphLayout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  width: number;
  height: number;
  /** Number of columns. */
  ranks: number;
  unwired: string[];
}

interface Slot {
  id: string;
  /** A model node, or null for an edge's lane. */
  node: ModelNode | null;
  rank: number;
  height: number;
  y: number;
  order: number;
}

export function layoutGraph(project: WiringSource, sizes: Partial<LayoutSizes> = {}): GraphLayout {
  const s: LayoutSizes = { ...DEFAULT_SIZES, ...sizes };
  const model = graphModel(project);
  const backEdges = findBackEdges(model.nodes.map((n) => n.id), model.edges);
  const ranks = rankNodes(model.nodes, model.edges, backEdges);

  // Slots: nodes, plus a lane per column crossed by a long forward edge.
  const slots = new Map<string, Slot>();
  for (const node of model.nodes) {
    const height = node.kind === 'callback' ? s.callbackHeight : s.propHeight;
    slots.set(node.id, { id: node.id, node, rank: ranks.get(node.id)!, height, y: 0, order: 0 });
  }
  const chains = new Map<string, string[]>();
  const links: Array<[string, string]> = [];
  for (const e of model.edges) {
    const from = slots.get(e.from)!;
    const to = slots.get(e.to)!;
    const chain = [e.from];
    if (!backEdges.has(e.id)) {
      for (let r = from.rank + 1; r < to.rank; r++) {
        const lane = `${e.id}#${r}`;
        slots.set(lane, { id: lane, node: null, rank: r, height: 0, y: 0, order: 0 });
        chain.push(lane);
      }
    }
    chain.push(e.to);
    chains.set(e.id, chain);
    if (!backEdges.has(e.id)) for (let i = 1; i < chain.length; i++) links.push([chain[i - 1]!, chain[i]!]);
  }

  const rankCount = Math.max(0, ...[...slots.values()].map((x) => x.rank + 1));
  const columns: Slot[][] = Array.from({ length: rankCount }, () => []);
  for (const slot of slots.values()) columns[slot.rank]!.push(slot);
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  for (const [a, b] of links) {
    succs.set(a, [...(succs.get(a) ?? []), b]);
    preds.set(b, [...(preds.get(b) ?? []), a]);
  }
  orderColumns(columns, slots, preds, succs);

  // Vertical placement: stack, then pull each column towards its neighbours (left, right, left).
  const gapOf = (slot: Slot): number => (slot.node ? s.rowGap : s.laneGap);
  for (const column of columns) placeColumn(column, column.map(() => null), gapOf);
  const centre = (id: string): number => {
    const x = slots.get(id)!;
    return x.y + x.height / 2;
  };
  const desired = (column: Slot[], adj: Map<string, string[]>): Array<number | null> =>
    column.map((slot) => {
      const near = adj.get(slot.id) ?? [];
      if (near.length === 0) return null;
      return near.reduce((sum, id) => sum + centre(id), 0) / near.length - slot.height / 2;
    });
  for (let r = 1; r < rankCount; r++) placeColumn(columns[r]!, desired(columns[r]!, preds), gapOf);
  for (let r = rankCount - 2; r >= 0; r--) placeColumn(columns[r]!, desired(columns[r]!, succs), gapOf);
  for (let r = 1; r < rankCount; r++) placeColumn(columns[r]!, desired(columns[r]!, preds), gapOf);

  // x per column; everything shifted so the top-most box starts at the padding.
  const columnX: number[] = [];
  let x = s.padding;
  for (let r = 0; r < rankCount; r++) {
    columnX.push(x);
    x += (r % 2 === 0 ? s.propWidth : s.callbackWidth) + s.columnGap;
  }
  const all = [...slots.values()];
  const top = all.length ? Math.min(...all.map((x2) => x2.y)) : 0;
  for (const slot of all) slot.y += s.padding - top;

  const nodes: LaidNode[] = model.nodes.map((n) => {
    const slot = slots.get(n.id)!;
    const width = n.kind === 'callback' ? s.callbackWidth : s.propWidth;
    return { ...n, rank: slot.rank, x: columnX[slot.rank]!, y: slot.y, width, height: slot.height };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const columnWidth = (r: number): number => (r % 2 === 0 ? s.propWidth : s.callbackWidth);
  const ports = portOffsets(model.edges, byId);

  const edges: LaidEdge[] = model.edges.map((e) => {
    const from = byId.get(e.from)!;
    const to = byId.get(e.to)!;
    const points: Point[] = [{ x: from.x + from.width, y: from.y + from.height / 2 + (ports.get(`out:${e.id}`) ?? 0) }];
    for (const id of chains.get(e.id)!.slice(1, -1)) {
      const lane = slots.get(id)!;
      points.push({ x: columnX[lane.rank]!, y: lane.y }, { x: columnX[lane.rank]! + columnWidth(lane.rank), y: lane.y });
    }
    points.push({ x: to.x, y: to.y + to.height / 2 + (ports.get(`in:${e.id}`) ?? 0) });
    return { id: e.id, from: e.from, to: e.to, kind: e.kind, points, back: backEdges.has(e.id) };
  });

  const width = rankCount ? columnX[rankCount - 1]! + columnWidth(rankCount - 1) + s.padding : 0;
  const height = all.length ? Math.max(...all.map((x2) => x2.y + x2.height)) + s.padding : 0;
  return { nodes, edges, width, height, ranks: rankCount, unwired: model.unwired };
}

/** Edges closing a cycle, found by a depth-first search in declaration order. */
function findBackEdges(ids: string[], edges: { id: string; from: string; to: string }[]): Set<string> {
  const out = new Map<string, { id: string; to: string }[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const state = new Map<string, 1 | 2>();
  const back = new Set<string>();
  for (const root of ids) {
    if (state.has(root)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const list = out.get(top.id) ?? [];
      if (top.next >= list.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const e = list[top.next++]!;
      const seen = state.get(e.to);
      if (seen === 1) back.add(e.id);
      else if (seen === undefined) {
        state.set(e.to, 1);
        stack.push({ id: e.to, next: 0 });
      }
    }
  }
  return back;
}

/** Longest path from the sources; callbacks never in column 0, so props stay in even columns. */
function rankNodes(nodes: ModelNode[], edges: { id: string; from: string; to: string }[], back: Set<string>): Map<string, number> {
  const kind = new Map(nodes.map((n) => [n.id, n.kind]));
  const incoming = new Map<string, string[]>();
  for (const e of edges) if (!back.has(e.id)) incoming.set(e.to, [...(incoming.get(e.to) ?? []), e.from]);
  const rank = new Map<string, number>();
  const visit = (id: string): number => {
    const known = rank.get(id);
    if (known !== undefined) return known;
    rank.set(id, 0); // guards against revisiting (the graph without back edges is acyclic)
    const froms = incoming.get(id) ?? [];
    let r = froms.length ? Math.max(...froms.map(visit)) + 1 : 0;
    if (kind.get(id) === 'callback' && r % 2 === 0) r += 1;
    if (kind.get(id) === 'prop' && r % 2 === 1) r += 1;
    rank.set(id, r);
    return r;
  };
  for (const n of nodes) visit(n.id);
  return rank;
}

/** Barycentre sweeps, down then up; ties keep the current (declaration) order. */
function orderColumns(columns: Slot[][], slots: Map<string, Slot>, preds: Map<string, string[]>, succs: Map<string, string[]>): void {
  columns.forEach((column) => column.forEach((slot, i) => (slot.order = i)));
  const sweep = (column: Slot[], adj: Map<string, string[]>): void => {
    const key = (slot: Slot): number => {
      const near = adj.get(slot.id) ?? [];
      return near.length ? near.reduce((sum, id) => sum + slots.get(id)!.order, 0) / near.length : slot.order;
    };
    const keyed = column.map((slot) => ({ slot, k: key(slot) }));
    keyed.sort((a, b) => a.k - b.k || a.slot.order - b.slot.order);
    keyed.forEach(({ slot }, i) => {
      column[i] = slot;
      slot.order = i;
    });
  };
  for (let pass = 0; pass < 4; pass++) {
    for (let r = 1; r < columns.length; r++) sweep(columns[r]!, preds);
    for (let r = columns.length - 2; r >= 0; r--) sweep(columns[r]!, succs);
  }
}

/** Several edges on one side of a node fan out a little instead of meeting at one point. */
function portOffsets(edges: { id: string; from: string; to: string }[], byId: Map<string, LaidNode>): Map<string, number> {
  const offsets = new Map<string, number>();
  const spread = (side: 'in' | 'out', groups: Map<string, { id: string; other: LaidNode }[]>): void => {
    for (const [nodeId, list] of groups) {
      const node = byId.get(nodeId)!;
      if (list.length < 2) continue;
      list.sort((a, b) => a.other.y - b.other.y);
      const span = Math.min(node.height * 0.6, (list.length - 1) * 10);
      list.forEach((item, i) => offsets.set(`${side}:${item.id}`, -span / 2 + (span * i) / (list.length - 1)));
    }
  };
  const ins = new Map<string, { id: string; other: LaidNode }[]>();
  const outs = new Map<string, { id: string; other: LaidNode }[]>();
  for (const e of edges) {
    ins.set(e.to, [...(ins.get(e.to) ?? []), { id: e.id, other: byId.get(e.from)! }]);
    outs.set(e.from, [...(outs.get(e.from) ?? []), { id: e.id, other: byId.get(e.to)! }]);
  }
  spread('in', ins);
  spread('out', outs);
  return offsets;
}
