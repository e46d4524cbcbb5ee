import type { ComponentInstance } from '../../runtime/schema';
import { normalizePagePath } from '../../runtime/schema/pages';
import { subtreeIds } from '../../runtime/schema/containers';
import { editor } from '../state/editorStore';

/** The ids a page's deletion takes along: its own components and what is inside them (not those on every page). */
export function pageComponentIds(components: readonly ComponentInstance[], path: string): Set<string> {
  const own = components.filter((c) => !c.parent && c.page !== undefined && normalizePagePath(c.page) === normalizePagePath(path));
  return subtreeIds(components, own.map((c) => c.id));
}

/**
 * Delete a page and the components only it shows (one undo step brings them back). The last
 * page cannot go: a project with pages always has one. Callback bindings to the deleted
 * components are left for validate to report, as deleting a component does.
 */
export function deletePage(path: string): boolean {
  const s = editor();
  const pages = s.project.pages ?? [];
  const page = pages.find((p) => normalizePagePath(p.path) === normalizePagePath(path));
  if (!page || pages.length <= 1) return false;
  const gone = pageComponentIds(s.project.components, page.path);
  const what = gone.size === 0 ? '' : ` and its ${gone.size === 1 ? 'component' : `${gone.size} components`}`;
  return s.commit(`Delete page ${page.name}${what}`, (doc) => {
    const project = {
      ...doc.project,
      pages: (doc.project.pages ?? []).filter((p) => p !== page),
      components: doc.project.components.filter((c) => !gone.has(c.id)),
    };
    return { ...doc, project };
  }, { select: [] });
}
