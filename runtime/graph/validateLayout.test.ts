import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { projectSchema, type Project } from '../schema/project';
import { validateProject } from './validate';
import { findOverlaps } from './validateLayout';

const project = (grids: Record<string, { x: number; y: number; w: number; h: number }>): Project =>
  projectSchema.parse({
    format: 'dashwright',
    version: 1,
    name: 'T',
    components: Object.entries(grids).map(([id, grid]) => ({ id, type: 'text', props: { text: '' }, grid })),
  });

describe('validate: layout', () => {
  it('reports two components on the same cells, naming both and the cells', () => {
    const problems = validateProject(project({ n: { x: 0, y: 0, w: 6, h: 2 }, out: { x: 4, y: 1, w: 6, h: 2 } }), createCatalog());
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'overlap', path: 'components[1].grid', target: { kind: 'component', id: 'out' } }),
    ]);
    expect(problems[0].message).toMatch(/^out overlaps n on columns 4–5, row 1;/);
  });

  it('says nothing of neighbours that only touch', () => {
    const p = project({ a: { x: 0, y: 0, w: 6, h: 2 }, b: { x: 6, y: 0, w: 6, h: 2 }, c: { x: 0, y: 2, w: 12, h: 1 } });
    expect(validateProject(p, createCatalog()).filter((x) => x.code === 'overlap')).toEqual([]);
  });

  it('finds every overlapping pair', () => {
    const grid = (x: number, y: number) => ({ x, y, w: 2, h: 2 });
    const pairs = findOverlaps([{ id: 'a', grid: grid(0, 0) }, { id: 'b', grid: grid(1, 1) }, { id: 'c', grid: grid(0, 1) }, { id: 'd', grid: grid(5, 5) }]);
    expect(pairs.map((p) => `${p.a}/${p.b}`).sort()).toEqual(['a/b', 'a/c', 'b/c']);
  });
});

describe('overlaps on pages', () => {
  it('components of two pages never overlap; one on every page meets both', async () => {
    const { checkLayout } = await import('./validateLayout');
    const at = (id: string, page: string | undefined, y: number) => ({ id, type: 'text', props: {}, grid: { x: 0, y, w: 4, h: 2 }, ...(page ? { page } : {}) });
    const problems = checkLayout({
      format: 'dashwright',
      version: 1,
      name: 'p',
      layout: { cols: 12, rowHeight: 40 },
      pages: [{ path: '/', name: 'Home' }, { path: '/b', name: 'B' }],
      components: [at('home', '/', 0), at('other', '/b', 0), at('everywhere', undefined, 1)],
      values: [],
      callbacks: [],
    } as never);
    expect(problems.map((p) => p.message.split(' on ')[0])).toEqual(['everywhere overlaps home', 'everywhere overlaps other']);
  });
});
