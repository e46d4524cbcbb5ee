import { normalizePagePath } from '../../runtime/schema/pages';
import { editor } from '../state/editorStore';
import { mapComponents } from '../state/docOps';
import { currentPage, setCurrentPage } from '../state/page';

export interface PageChange {
  name?: string;
  path?: string;
}

/**
 * Rename a page or change its path (the pages list); its components follow a new path. Refused
 * (false) for a path another page has, or one that does not start with "/".
 */
export function renamePage(path: string, change: PageChange): boolean {
  const s = editor();
  const pages = s.project.pages ?? [];
  const from = normalizePagePath(path);
  const page = pages.find((p) => normalizePagePath(p.path) === from);
  if (!page) return false;
  const name = change.name?.trim() || page.name;
  const to = change.path === undefined ? page.path : change.path.trim();
  if (!to.startsWith('/')) return false;
  const target = normalizePagePath(to);
  if (target !== from && pages.some((p) => normalizePagePath(p.path) === target)) return false;
  if (name === page.name && to === page.path) return true;
  const shown = currentPage();
  const label = to !== page.path ? `Move page ${page.name} to ${target}` : `Rename page ${page.name} to ${name}`;
  const ok = s.commit(label, (doc) => {
    // Its components, and links to it (with their query and hash), follow a new path.
    const next = mapComponents(doc, (c) => {
      let out = c.page !== undefined && normalizePagePath(c.page) === from ? { ...c, page: target } : c;
      const href = c.type === 'link' && typeof c.props.href === 'string' ? c.props.href : undefined;
      if (href !== undefined && href.startsWith('/') && target !== from && normalizePagePath(href) === from) {
        out = { ...out, props: { ...out.props, href: `${target}${href.slice(href.split(/[?#]/)[0]!.length)}` } };
      }
      return out;
    });
    const list = (next.project.pages ?? []).map((p) => (normalizePagePath(p.path) === from ? { path: target, name } : p));
    return { ...next, project: { ...next.project, pages: list } };
  });
  if (ok && shown !== undefined && normalizePagePath(shown) === from) setCurrentPage(target);
  return ok;
}
