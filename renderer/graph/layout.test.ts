import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallbackSpec, Project } from '../../runtime/schema';
import { layoutGraph, type GraphLayout, type LaidNode } from './layout';
import { placeColumn } from './place';

const gapminder = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../examples/gapminder/dashwright.json'), 'utf8')) as Project;

const bind = (key: string) => {
  const [id, prop] = key.split('.') as [string, string];
  return { id, prop };
};
function cb(id: string, inputs: string[], outputs: string[], state: string[] = []): CallbackSpec {
  return { id, inputs: inputs.map(bind), state: state.map(bind), outputs: outputs.map(bind), placement: 'server' };
}
function project(callbacks: CallbackSpec[], values: string[] = []): Project {
  const ids = new Set(callbacks.flatMap((c) => [...c.inputs, ...c.state, ...c.outputs].map((b) => b.id)));
  const components = [...ids].filter((id) => !values.includes(id)).map((id, i) => ({ id, type: 'text', props: {}, grid: { x: 0, y: i * 2, w: 4, h: 2 } }));
  return { format: 'dashwright', version: 1, name: 'T', layout: { cols: 12, rowHeight: 40 }, components, values: values.map((id) => ({ id })), callbacks };
}

const rankOf = (layout: GraphLayout, id: string): number => layout.nodes.find((n) => n.id === id)!.rank;

function overlaps(a: LaidNode, b: LaidNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlaps(layout: GraphLayout): void {
  const { nodes } = layout;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if (overlaps(nodes[i]!, nodes[j]!)) throw new Error(`${nodes[i]!.id} overlaps ${nodes[j]!.id}`);
    }
  }
  for (const n of nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
    expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
  }
  // Lanes of long edges pass between the nodes of the columns they cross, never through one.
  for (const e of layout.edges) {
    for (const p of e.points.slice(1, -1)) {
      for (const n of nodes) {
        const inside = p.x >= n.x && p.x <= n.x + n.width && p.y > n.y && p.y < n.y + n.height;
        if (inside) throw new Error(`edge ${e.id} runs through ${n.id}`);
      }
    }
  }
}

describe('layoutGraph', () => {
  it('lays gapminder out in columns: inputs, callbacks, values, callbacks, outputs', () => {
    const layout = layoutGraph(gapminder);
    expect(layout.ranks).toBe(5);
    expect(rankOf(layout, 'p:year.value')).toBe(0);
    expect(rankOf(layout, 'p:region.value')).toBe(0);
    expect(rankOf(layout, 'cb:select_rows')).toBe(1);
    expect(rankOf(layout, 'p:rows.value')).toBe(2);
    expect(rankOf(layout, 'cb:draw')).toBe(3);
    expect(rankOf(layout, 'cb:summarize')).toBe(3);
    expect(rankOf(layout, 'p:chart.figure')).toBe(4);
    expect(rankOf(layout, 'p:summary.text')).toBe(4);
    expect(layout.nodes.find((n) => n.id === 'p:rows.value')!.isValue).toBe(true);
    expect(layout.nodes.find((n) => n.id === 'p:year.value')!.componentType).toBe('slider');
    expect(layout.unwired).toEqual(['intro']);
    // Same column, same x; later columns further right.
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x('cb:draw')).toBe(x('cb:summarize'));
    expect(x('p:year.value')).toBeLessThan(x('cb:select_rows'));
    expectNoOverlaps(layout);
  });

  it('routes the state edge year → summarize through lanes of the columns in between', () => {
    const layout = layoutGraph(gapminder);
    const state = layout.edges.find((e) => e.kind === 'state')!;
    expect(state.from).toBe('p:year.value');
    expect(state.to).toBe('cb:summarize');
    expect(state.points).toHaveLength(2 + 2 * 2); // two crossed columns, two points each
    const xs = state.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs); // left to right
  });

  it('keeps props in even columns and callbacks in odd ones, whatever the wiring', () => {
    const layout = layoutGraph(
      project([cb('a', ['s.value'], ['m.value']), cb('b', ['m.value', 's.value'], ['out.text']), cb('noinput', [], ['lone.text'])]),
    );
    for (const n of layout.nodes) expect(n.rank % 2).toBe(n.kind === 'callback' ? 1 : 0);
    expect(rankOf(layout, 'cb:noinput')).toBe(1);
    expect(rankOf(layout, 'cb:b')).toBe(3);
  });

  it('does not overlap nodes with 30 callbacks in chains, fans and diamonds', () => {
    const callbacks: CallbackSpec[] = [];
    for (let i = 0; i < 30; i++) {
      const inputs = [`in${i % 4}.value`];
      if (i >= 5) inputs.push(`v${i - 5}.value`);
      if (i >= 12 && i % 3 === 0) inputs.push(`v${i - 12}.value`);
      const outputs = [`v${i}.value`];
      if (i % 5 === 0) outputs.push(`out${i}.text`);
      callbacks.push(cb(`cb${i}`, inputs, outputs, i % 7 === 0 ? ['in3.value'] : []));
    }
    const layout = layoutGraph(project(callbacks, Array.from({ length: 30 }, (_, i) => `v${i}`)));
    expect(layout.nodes.filter((n) => n.kind === 'callback')).toHaveLength(30);
    expectNoOverlaps(layout);
    for (const e of layout.edges) {
      if (e.back) continue;
      for (let i = 1; i < e.points.length; i++) expect(e.points[i]!.x).toBeGreaterThanOrEqual(e.points[i - 1]!.x);
    }
  });

  it('survives a cycle: marks the closing edge as a back edge', () => {
    const layout = layoutGraph(project([cb('a', ['x.value'], ['y.value']), cb('b', ['y.value'], ['x.value'])]));
    expect(layout.edges.filter((e) => e.back)).toHaveLength(1);
    expectNoOverlaps(layout);
  });

  it('is empty for a project without callbacks', () => {
    const layout = layoutGraph(project([]));
    expect(layout.nodes).toEqual([]);
    expect(layout.width).toBe(0);
  });
});

describe('placeColumn', () => {
  it('puts boxes at their desired tops when they fit, and pushes apart the ones that collide', () => {
    const boxes = [
      { y: 0, height: 20 },
      { y: 0, height: 20 },
      { y: 0, height: 20 },
    ];
    placeColumn(boxes, [0, 100, 105], () => 10);
    expect(boxes.map((b) => b.y)).toEqual([0, 87.5, 117.5]);
  });
});
