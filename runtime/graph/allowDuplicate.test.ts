import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { projectSchema, type Project } from '../schema/project';
import { buildGraph, planCascade, planInitial, triggerOf, upstreamOf, validateProject } from './index';

const catalog = createCatalog();

function project(partial: Partial<Record<keyof Project, unknown>>): Project {
  return projectSchema.parse({ format: 'dashwright', version: 1, name: 'T', ...partial });
}

const comp = (id: string, type: string) => ({ id, type, props: {}, grid: { x: 0, y: 0, w: 4, h: 2 } });
const out = (id: string, prop: string, allowDuplicate?: boolean) => (allowDuplicate === undefined ? { id, prop } : { id, prop, allowDuplicate });

/** Two buttons, each writing t.text; `next` reads t.text. */
function twoWriters(first?: boolean, second?: boolean): Project {
  return project({
    components: [comp('a', 'button'), comp('b', 'button'), comp('t', 'text'), comp('u', 'text')],
    callbacks: [
      { id: 'fromA', inputs: [{ id: 'a', prop: 'clicks' }], outputs: [out('t', 'text', first)] },
      { id: 'fromB', inputs: [{ id: 'b', prop: 'clicks' }], outputs: [out('t', 'text', second)] },
      { id: 'next', inputs: [{ id: 't', prop: 'text' }], outputs: [out('u', 'text')] },
    ],
  });
}

const codes = (p: Project): string[] => validateProject(p, catalog).filter((x) => x.severity === 'error').map((x) => `${x.code}@${x.path}`);

describe('allowDuplicate', () => {
  it('lets several callbacks write one prop when every writer marks it', () => {
    expect(codes(twoWriters(true, true))).toEqual([]);
  });

  it('is still a conflict when one writer does not mark it, naming which', () => {
    for (const [a, b] of [[undefined, undefined], [true, undefined], [undefined, true], [false, true]] as const) {
      const problems = validateProject(twoWriters(a, b), catalog).filter((x) => x.code === 'duplicate-output');
      expect(problems.map((x) => x.path)).toEqual(['callbacks[1].outputs[0]']);
      expect(problems[0]!.message).toMatch(/allowDuplicate/);
    }
  });

  it('never lets a callback list one output twice, nor two callbacks produce a named value', () => {
    const p = project({
      components: [comp('a', 'button'), comp('t', 'text')],
      values: [{ id: 'v' }],
      callbacks: [
        { id: 'twice', inputs: [{ id: 'a', prop: 'clicks' }], outputs: [out('t', 'text', true), out('t', 'text', true)] },
        { id: 'v1', inputs: [{ id: 'a', prop: 'clicks' }], outputs: [out('v', 'value', true)] },
        { id: 'v2', inputs: [{ id: 'a', prop: 'clicks' }], outputs: [out('v', 'value', true)] },
      ],
    });
    expect(codes(p)).toEqual(['duplicate-output@callbacks[0].outputs[1]', 'duplicate-output@callbacks[2].outputs[0]']);
  });

  it('the graph knows every writer: a reader waits for all of them and is fed by either', () => {
    const g = buildGraph(twoWriters(true, true));
    expect(g.producer.get('t.text')).toBe('fromA');
    expect(g.writers.get('t.text')).toEqual(['fromA', 'fromB']);
    expect(upstreamOf(g.callbacks.get('next')!, g.producer, true, g.writers).sort()).toEqual(['fromA', 'fromB']);
    expect(planCascade(g, ['b.clicks'])).toEqual(['fromB', 'next']);
    expect(planInitial(g)).toEqual(['fromA', 'fromB', 'next']);
    // On the initial load `next` waits on both writers' outputs.
    expect(triggerOf(g, 'next', () => false, new Set(planInitial(g)))).toBeNull();
  });

  it('a callback may have no outputs: it still runs when its inputs change', () => {
    const p = project({
      components: [comp('a', 'button'), comp('t', 'text')],
      callbacks: [{ id: 'effect', inputs: [{ id: 'a', prop: 'clicks' }], outputs: [] }],
    });
    expect(codes(p)).toEqual([]);
    expect(planCascade(buildGraph(p), ['a.clicks'])).toEqual(['effect']);
    expect(projectSchema.parse({ format: 'dashwright', version: 1, name: 'T', callbacks: [{ id: 'x', inputs: [] }] }).callbacks[0]!.outputs).toEqual([]);
  });
});
