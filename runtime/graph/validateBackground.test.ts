import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { projectSchema, type Project } from '../schema/project';
import { validateProject } from './validate';

const catalog = createCatalog();
const comp = (id: string, type: string, y = 0) => ({ id, type, props: {}, grid: { x: 0, y, w: 4, h: 2 } });

function project(callback: Record<string, unknown>): Project {
  return projectSchema.parse({
    format: 'dashwright',
    version: 1,
    name: 'T',
    components: [comp('run', 'button'), comp('stop', 'button', 2), comp('out', 'text', 4)],
    values: [{ id: 'total' }],
    callbacks: [{ id: 'crunch', inputs: [{ id: 'run', prop: 'clicks' }], outputs: [{ id: 'out', prop: 'text' }], ...callback }],
  });
}

/** Problems of this test's subject (the fixture's value "total" is never produced, on purpose). */
const problems = (p: Project) => validateProject(p, catalog).filter((x) => x.code !== 'unproduced-value');
const codes = (p: Project) => problems(p).map((x) => `${x.severity} ${x.code} ${x.path}`);

describe('validate: background, cancel and cache', () => {
  it('accepts a background callback cancelled by a button', () => {
    expect(codes(project({ background: true, cancel: [{ id: 'stop', prop: 'clicks' }], cache: { ttlSeconds: 60 } }))).toEqual([]);
  });

  it('refuses background on a client callback', () => {
    const found = problems(project({ background: true, placement: 'client' }));
    expect(found).toEqual([expect.objectContaining({ code: 'background-client', severity: 'error', path: 'callbacks[0].background', target: { kind: 'callback', id: 'crunch' } })]);
    expect(found[0]!.message).toMatch(/runs on the server/);
  });

  it('names cancel bindings that do not exist', () => {
    expect(codes(project({ background: true, cancel: [{ id: 'nope', prop: 'clicks' }, { id: 'stop', prop: 'klicks' }, { id: 'total', prop: 'size' }] }))).toEqual([
      'error unknown-component callbacks[0].cancel[0].id',
      'error unknown-prop callbacks[0].cancel[1].prop',
      'error unknown-prop callbacks[0].cancel[2].prop',
    ]);
  });

  it('warns about cancel that can never fire, cancel without background, cache on a client callback', () => {
    expect(codes(project({ background: true, cancel: [{ id: 'stop', prop: 'label' }] }))).toEqual(['warning cancel-never-changes callbacks[0].cancel[0].prop']);
    expect(codes(project({ cancel: [{ id: 'stop', prop: 'clicks' }] }))).toEqual(['warning cancel-without-background callbacks[0].cancel']);
    expect(codes(project({ placement: 'client', cache: { ttlSeconds: 5 } }))).toEqual(['warning cache-client callbacks[0].cache']);
  });
});
