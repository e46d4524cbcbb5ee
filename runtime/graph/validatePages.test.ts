import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { parseProject } from '../schema/parse';
import { projectSchema, type Project } from '../schema/project';
import { componentsOnPage, normalizePagePath, pageAt } from '../schema/pages';
import { layoutAt, slotColsAt } from '../schema/breakpoints';
import { specOf } from '../contracts/spec';
import { validateProject } from './validate';

const catalog = createCatalog();
type Raw = Record<string, unknown>;
const g = (x: number, y: number, w = 4, h = 2) => ({ x, y, w, h });
const project = (components: Raw[], extra: Raw = {}): Project =>
  projectSchema.parse({ format: 'dashwright', version: 1, name: 'T', components, ...extra });
const codes = (p: Project) => validateProject(p, catalog).map((x) => `${x.code}:${x.path}`);
const pages = [{ path: '/', name: 'Home' }, { path: '/second-page', name: 'Second' }];

describe('pages, persistence and container cols (DESIGN §4b)', () => {
  it('reads pages, page, persistence and cols; a project without them is as before, and the spec carries pages', () => {
    const result = parseProject({
      format: 'dashwright', version: 1, name: 'T', pages,
      components: [
        { id: 'n', type: 'slider', grid: g(0, 0), page: '/second-page', persistence: 'local' },
        { id: 'c', type: 'card', grid: g(0, 2, 12, 6), cols: 4 },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.project.pages).toEqual(pages);
    expect(result.project.components[0]).toMatchObject({ page: '/second-page', persistence: 'local' });
    expect(result.project.components[1]!.cols).toBe(4);
    expect(codes(result.project)).toEqual([]);
    expect(specOf(result.project, 'r').pages).toEqual(pages);
    const plain = project([{ id: 'a', type: 'text', grid: g(0, 0) }]);
    expect(plain.pages).toBeUndefined();
    expect(specOf(plain, 'r')).not.toHaveProperty('pages');
    expect(parseProject({ format: 'dashwright', version: 1, name: 'T', components: [{ id: 'a', type: 'text', grid: g(0, 0), persistence: 'disk' }] }).ok).toBe(false);
  });

  it('page paths start with "/", are unique, and a component names a known page', () => {
    const p = project(
      [
        { id: 'a', type: 'text', grid: g(0, 0), page: '/nope' },
        { id: 'b', type: 'text', grid: g(0, 2), page: '/second-page/' },
      ],
      { pages: [...pages, { path: 'third', name: 'Third' }, { path: '/second-page', name: 'Again' }] },
    );
    expect(codes(p)).toEqual(['bad-page-path:pages[2].path', 'duplicate-page:pages[3].path', 'unknown-page:components[0].page']);
    expect(codes(project([{ id: 'a', type: 'text', grid: g(0, 0), page: '/' }]))).toEqual(['unknown-page:components[0].page']);
    const links = project(
      [
        { id: 'ok', type: 'link', grid: g(0, 0), props: { href: '/second-page?x=1' } },
        { id: 'bad', type: 'link', grid: g(0, 2), props: { href: '/gone' } },
        { id: 'out', type: 'link', grid: g(0, 4), props: { href: 'https://example.com/gone' } },
      ],
      { pages: [{ path: '/second-page', name: 'Second' }] },
    );
    expect(codes(links)).toEqual(['no-root-page:pages', 'unknown-link-page:components[1].props.href']);
  });

  it('persistence belongs on input components, cols on containers; a child past its container\'s cols is a warning', () => {
    const p = project([
      { id: 't', type: 'text', grid: g(0, 0), persistence: 'session', cols: 3 },
      { id: 'c', type: 'card', grid: g(0, 2, 12, 6), cols: 4 },
      { id: 's', type: 'slider', grid: g(2, 0, 3, 2), parent: { id: 'c', slot: 'body' } },
    ]);
    expect(codes(p)).toEqual(['persistence-not-input:components[0].persistence', 'cols-not-container:components[0].cols', 'outside-container-grid:components[2].grid']);
  });

  it('a page shows its own components, those on every page, and what is inside them', () => {
    const p = project(
      [
        { id: 'nav', type: 'markdown', grid: g(0, 0) },
        { id: 'home', type: 'text', grid: g(0, 2), page: '/' },
        { id: 'card', type: 'card', grid: g(0, 4), page: '/second-page' },
        { id: 'inner', type: 'text', grid: g(0, 0), parent: { id: 'card', slot: 'body' } },
      ],
      { pages },
    );
    expect(componentsOnPage(p.components, '/').map((c) => c.id)).toEqual(['nav', 'home']);
    expect(componentsOnPage(p.components, '/second-page').map((c) => c.id)).toEqual(['nav', 'card', 'inner']);
    expect(componentsOnPage(p.components, undefined)).toHaveLength(4);
    // Each page is a grid of its own: the second page's card floats up under the shared nav.
    expect(layoutAt(p.components, 'lg', { layout: p.layout, compaction: 'vertical', page: '/second-page' }).get('card')).toEqual(g(0, 2));
    expect(pageAt(p.pages, '/second-page/')?.name).toBe('Second');
    expect(pageAt(p.pages, '/third')).toBeUndefined();
    expect(pageAt(undefined, '/')?.path).toBe('/');
    expect(normalizePagePath('second?x=1#h')).toBe('/second');
  });

  it("a container's grid has its own cols (scaled on narrower widths), else the page's", () => {
    const p = project([
      { id: 'c', type: 'card', grid: g(0, 0, 12, 6), cols: 4 },
      { id: 'a', type: 'text', grid: g(0, 0, 2, 2), parent: { id: 'c', slot: 'body' } },
      { id: 'b', type: 'text', grid: g(2, 0, 2, 2), parent: { id: 'c', slot: 'body' } },
      { id: 'd', type: 'text', grid: g(4, 0, 2, 2), parent: { id: 'c', slot: 'body' } },
    ]);
    expect(slotColsAt(p.layout, 'lg', p.components[0])).toBe(4);
    expect(slotColsAt(p.layout, 'sm', p.components[0])).toBe(2);
    expect(slotColsAt(p.layout, 'sm')).toBe(6);
    // d does not fit in 4 columns: it is moved into the grid, as the app and canvas draw it.
    const cells = layoutAt(p.components, 'lg', { layout: p.layout, compaction: 'vertical' });
    expect(cells.get('d')!.x + cells.get('d')!.w).toBeLessThanOrEqual(4);
  });
});
