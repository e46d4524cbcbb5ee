/**
 * Pages of a multi-page app (DESIGN §4b): which page a path names and which components a page
 * shows. A component without `page` is on every page; one inside a container is on its
 * container's page. A project without `pages` is one page at "/".
 */
import type { ComponentInstance, PageSpec, Project } from './project';

/** A path as pages name it: leading "/", no trailing "/" (except the root), no query or hash. */
export function normalizePagePath(path: string): string {
  let p = path.split(/[?#]/)[0] ?? '';
  if (!p.startsWith('/')) p = `/${p}`;
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

/** The app's pages; one page "/" for a project without `pages`. */
export function pagesOf(project: Pick<Project, 'pages'>): readonly PageSpec[] {
  return project.pages && project.pages.length > 0 ? project.pages : HOME_ONLY;
}

/** The one page of a project without pages (one array, so selectors that return it stay stable). */
const HOME_ONLY: readonly PageSpec[] = Object.freeze([Object.freeze({ path: '/', name: 'Home' })]);

/** The page a path shows (normalized), or undefined when it names none. */
export function pageAt(pages: readonly PageSpec[] | undefined, path: string): PageSpec | undefined {
  const wanted = normalizePagePath(path);
  if (!pages || pages.length === 0) return wanted === '/' ? { path: '/', name: 'Home' } : undefined;
  return pages.find((p) => normalizePagePath(p.path) === wanted);
}

/**
 * Whether a top-level component is drawn on `page`: without `page` it is on every page.
 * `page` undefined (a project without pages, or every page at once) takes them all.
 */
export function isOnPage(c: Pick<ComponentInstance, 'page' | 'parent'>, page: string | undefined): boolean {
  if (page === undefined || c.parent !== undefined || c.page === undefined) return true;
  return normalizePagePath(c.page) === normalizePagePath(page);
}

/** The components of `page`: its own, those on every page, and everything inside them. */
export function componentsOnPage<C extends Pick<ComponentInstance, 'id' | 'page' | 'parent'>>(components: readonly C[], page: string | undefined): C[] {
  if (page === undefined || components.every((c) => c.page === undefined)) return [...components];
  const byId = new Map(components.map((c) => [c.id, c]));
  const shown = (c: C, depth = 0): boolean => {
    if (!c.parent) return isOnPage(c, page);
    const parent = byId.get(c.parent.id);
    return parent !== undefined && depth < components.length && shown(parent, depth + 1);
  };
  return components.filter((c) => shown(c));
}
