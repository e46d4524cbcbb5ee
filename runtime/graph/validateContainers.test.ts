import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { parseProject } from '../schema/parse';
import { projectSchema, type Project } from '../schema/project';
import { validateProject } from './validate';

const catalog = createCatalog();
type Raw = Record<string, unknown>;
const g = (x: number, y: number, w = 4, h = 2) => ({ x, y, w, h });
const project = (components: Raw[], layout?: Raw): Project =>
  projectSchema.parse({ format: 'dashwright', version: 1, name: 'T', components, ...(layout ? { layout } : {}) });
const codes = (p: Project) => validateProject(p, catalog).map((x) => `${x.code}:${x.path}`);

const tabs = { id: 'tabs', type: 'tabs', props: { tabs: [{ name: 'a', label: 'A' }, { name: 'b', label: 'B' }], value: 'a' }, grid: g(0, 0, 12, 8) };

describe('validate: containers and breakpoints', () => {
  it('reads parent, layouts, hidden, breakpoints and colsByBreakpoint, and old manifests stay valid', () => {
    const result = parseProject({
      format: 'dashwright', version: 1, name: 'T',
      layout: { cols: 12, rowHeight: 40, breakpoints: { lg: 1100, xs: 0 }, colsByBreakpoint: { xs: 2 } },
      components: [tabs, { id: 's', type: 'slider', props: {}, grid: g(0, 0), parent: { id: 'tabs', slot: 'b' }, layouts: { xs: g(0, 1, 2, 2) }, hidden: ['sm'] }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.project.components[1]).toMatchObject({ parent: { id: 'tabs', slot: 'b' }, layouts: { xs: g(0, 1, 2, 2) }, hidden: ['sm'] });
    expect(result.project.layout.colsByBreakpoint).toEqual({ xs: 2 });
    expect(codes(result.project)).toEqual([]);
    expect(parseProject({ format: 'dashwright', version: 1, name: 'Old', components: [{ id: 'a', type: 'text', grid: g(0, 0) }] }).ok).toBe(true);
  });

  it('a parent must be a container of the project with that slot', () => {
    const p = project([
      tabs,
      { id: 't', type: 'text', props: {}, grid: g(0, 10) },
      { id: 'a', type: 'text', props: {}, grid: g(0, 0), parent: { id: 'nope', slot: 'a' } },
      { id: 'b', type: 'text', props: {}, grid: g(0, 0), parent: { id: 't', slot: 'body' } },
      { id: 'c', type: 'text', props: {}, grid: g(0, 0), parent: { id: 'tabs', slot: 'zzz' } },
    ]);
    expect(codes(p)).toEqual(['unknown-parent:components[2].parent.id', 'parent-not-container:components[3].parent.id', 'unknown-slot:components[4].parent.slot']);
  });

  it('parents never loop', () => {
    const p = project([
      { id: 'c1', type: 'card', props: {}, grid: g(0, 0), parent: { id: 'c2', slot: 'body' } },
      { id: 'c2', type: 'card', props: {}, grid: g(0, 0), parent: { id: 'c1', slot: 'body' } },
    ]);
    expect(codes(p)).toEqual(['parent-cycle:components[0].parent', 'parent-cycle:components[1].parent']);
  });

  it('overlap is per grid: children of a container never overlap page components, but overlap each other', () => {
    const p = project([
      { id: 'card', type: 'card', props: {}, grid: g(0, 0, 6, 6) },
      { id: 'x', type: 'text', props: {}, grid: g(0, 0), parent: { id: 'card', slot: 'body' } },
      { id: 'y', type: 'text', props: {}, grid: g(2, 1), parent: { id: 'card', slot: 'body' } },
    ]);
    expect(codes(p)).toEqual(['overlap:components[2].grid']);
  });

  it('overlap per breakpoint: own layouts entries that share cells, and unknown breakpoints in hidden', () => {
    const p = project([
      { id: 'a', type: 'text', props: {}, grid: g(0, 0), layouts: { xs: g(0, 0, 4, 2) } },
      { id: 'b', type: 'text', props: {}, grid: g(4, 0), layouts: { xs: g(0, 1, 4, 2) }, hidden: ['phone'] },
    ]);
    const problems = validateProject(p, catalog);
    expect(problems.map((x) => `${x.code}:${x.path}`)).toEqual(['overlap:components[1].layouts.xs', 'unknown-breakpoint:components[1].hidden']);
    expect(problems[0].message).toMatch(/^b overlaps a on xs/);
  });
});
