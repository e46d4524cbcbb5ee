import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { projectSchema, type Project } from '../schema/project';
import { buildGraph, planCascade, planInitial, readsOf, validateProject } from './index';

const catalog = createCatalog();

function project(partial: Partial<Record<keyof Project, unknown>>): Project {
  return projectSchema.parse({ format: 'dashwright', version: 1, name: 'T', ...partial });
}

const comp = (id: string, type: string, props: Record<string, unknown> = {}, y = 0) => ({ id, type, props, grid: { x: 0, y, w: 4, h: 2 } });
const b = (id: string, prop: string, as?: string) => (as ? { id, prop, as } : { id, prop });

/** A → B, A → C, B + C → D (a diamond), from slider a. */
const diamond = project({
  components: [comp('a', 'slider'), comp('t1', 'text'), comp('t2', 'text'), comp('t3', 'text')],
  values: [{ id: 'left' }, { id: 'right' }],
  callbacks: [
    { id: 'd', inputs: [b('left', 'value', 'l'), b('right', 'value', 'r')], outputs: [b('t3', 'text')] },
    { id: 'bb', inputs: [b('a', 'value')], outputs: [b('left', 'value')] },
    { id: 'cc', inputs: [b('a', 'value')], outputs: [b('right', 'value')] },
  ],
});

describe('planCascade', () => {
  it('runs a diamond in dependency order, the join once and last', () => {
    expect(planCascade(buildGraph(diamond), ['a.value'])).toEqual(['bb', 'cc', 'd']);
  });

  it('runs only what the change reaches', () => {
    expect(planCascade(buildGraph(diamond), ['left.value'])).toEqual(['d']);
    expect(planCascade(buildGraph(diamond), ['t1.text'])).toEqual([]);
  });

  it('does not trigger on state', () => {
    const p = project({
      components: [comp('a', 'slider'), comp('s', 'input'), comp('t', 'text')],
      callbacks: [{ id: 'cb', inputs: [b('a', 'value')], state: [b('s', 'value', 'name')], outputs: [b('t', 'text')] }],
    });
    expect(planCascade(buildGraph(p), ['s.value'])).toEqual([]);
    expect(planCascade(buildGraph(p), ['a.value'])).toEqual(['cb']);
    expect(readsOf(buildGraph(p), ['cb']).sort()).toEqual(['a.value', 's.value']);
  });

  it('plans the initial load without preventInitialCall callbacks unless another callback triggers them', () => {
    const p = project({
      components: [comp('a', 'slider'), comp('btn', 'button'), comp('t', 'text'), comp('u', 'text'), comp('v', 'slider')],
      callbacks: [
        { id: 'first', inputs: [b('a', 'value')], outputs: [b('v', 'value')] },
        { id: 'onClick', inputs: [b('btn', 'clicks')], outputs: [b('t', 'text')], preventInitialCall: true },
        { id: 'chained', inputs: [b('v', 'value')], outputs: [b('u', 'text')], preventInitialCall: true },
      ],
    });
    expect(planInitial(buildGraph(p))).toEqual(['first', 'chained']);
  });
});

describe('validateProject', () => {
  it('accepts a sound project', () => {
    expect(validateProject(diamond, catalog).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports a cycle with its path', () => {
    const p = project({
      components: [comp('a', 'slider'), comp('c', 'slider')],
      callbacks: [
        { id: 'one', inputs: [b('a', 'value')], outputs: [b('c', 'value')] },
        { id: 'two', inputs: [b('c', 'value')], outputs: [b('a', 'value')] },
      ],
    });
    const cycle = validateProject(p, catalog).find((x) => x.code === 'cycle');
    expect(cycle?.message).toContain('a.value → one → c.value → two → a.value');
  });

  it('reports two writers of one prop, unknown ids and props, non-input inputs and missing modules', () => {
    const p = project({
      components: [comp('a', 'slider'), comp('t', 'text')],
      callbacks: [
        { id: 'w1', inputs: [b('a', 'value')], outputs: [b('t', 'text')] },
        { id: 'w2', inputs: [b('a', 'value')], outputs: [b('t', 'text')] },
        { id: 'bad', inputs: [b('ghost', 'value'), b('a', 'nope'), b('t', 'text', 'x')], outputs: [b('a', 'max')] },
        { id: 'ro', inputs: [b('a', 'min')], outputs: [b('a', 'step')] },
      ],
    });
    const codes = validateProject(p, catalog, { callbackIds: new Set(['w1', 'w2', 'bad']) }).map((x) => `${x.code}@${x.path}`);
    expect(codes).toContain('duplicate-output@callbacks[1].outputs[0]');
    expect(codes).toContain('unknown-component@callbacks[2].inputs[0].id');
    expect(codes).toContain('unknown-prop@callbacks[2].inputs[1].prop');
    expect(codes).toContain('not-an-input@callbacks[3].inputs[0].prop');
    expect(codes).toContain('missing-module@callbacks[3]');
    // t.text is written by w1, so it can drive a chain
    expect(codes).not.toContain('not-an-input@callbacks[2].inputs[2].prop');
  });

  it('reports duplicate ids, unknown types and bad props with their paths', () => {
    const p = project({ components: [comp('a', 'slider', { value: 'high' }), comp('a', 'text'), comp('z', 'gauge')] });
    const found = validateProject(p, catalog).map((x) => `${x.code}@${x.path}`);
    expect(found).toEqual(expect.arrayContaining(['duplicate-id@components[1].id', 'unknown-type@components[2].type', 'bad-prop@components[0].props.value']));
  });
});
