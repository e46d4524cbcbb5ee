import { describe, expect, it } from 'vitest';
import type { CallbackSpec, Problem } from '../../runtime/schema';
import { graphProblems } from './problems';

const b = (key: string) => {
  const [id, prop] = key.split('.') as [string, string];
  return { id, prop };
};
const cb = (id: string, inputs: string[], outputs: string[]): CallbackSpec => ({ id, inputs: inputs.map(b), state: [], outputs: outputs.map(b), placement: 'server' });
const wiring = (callbacks: CallbackSpec[]) => ({ components: [], values: [], callbacks });
const problem = (code: string, path: string, message: string, id: string): Problem => ({ code, path, message, severity: 'error', target: { kind: 'callback', id } });

describe('graphProblems', () => {
  it('a duplicate output marks the prop, both writers and both output edges', () => {
    const project = wiring([cb('a', ['n.value'], ['out.text']), cb('b', ['m.value'], ['out.text'])]);
    const message = 'out.text is written by both "a" and "b"; one prop, one writer';
    const marks = graphProblems(project, [problem('duplicate-output', 'callbacks[1].outputs[0]', message, 'b')]);
    expect([...marks.nodes.keys()].sort()).toEqual(['cb:a', 'cb:b', 'p:out.text']);
    expect([...marks.edges.keys()].sort()).toEqual(['cb:a->p:out.text:output', 'cb:b->p:out.text:output']);
    expect(marks.nodes.get('p:out.text')).toEqual([message]);
  });

  it('a stale duplicate-output problem (the wiring changed since) marks nothing', () => {
    const project = wiring([cb('a', ['n.value'], ['out.text']), cb('b', ['m.value'], ['x.text'])]);
    const marks = graphProblems(project, [problem('duplicate-output', 'callbacks[1].outputs[0]', 'old', 'b')]);
    expect(marks.nodes.size + marks.edges.size).toBe(0);
  });

  it('a cycle marks its callbacks, the props between them and the edges around it, not what hangs off it', () => {
    const project = wiring([cb('a', ['x.value'], ['y.value']), cb('b', ['y.value'], ['x.value', 'z.text']), cb('c', ['z.text'], ['w.text'])]);
    const marks = graphProblems(project, [problem('cycle', 'callbacks[0]', 'callback cycle: x.value → a → y.value → b → x.value', 'a')]);
    expect([...marks.nodes.keys()].sort()).toEqual(['cb:a', 'cb:b', 'p:x.value', 'p:y.value']);
    expect([...marks.edges.keys()].sort()).toEqual(['cb:a->p:y.value:output', 'cb:b->p:x.value:output', 'p:x.value->cb:a:input', 'p:y.value->cb:b:input']);
  });

  it('other problems are not drawn on the graph', () => {
    const project = wiring([cb('a', ['n.value'], ['out.text'])]);
    expect(graphProblems(project, [problem('unknown-prop', 'callbacks[0].inputs[0].prop', 'x', 'a')]).nodes.size).toBe(0);
  });
});
