import { normalizePagePath } from '../../runtime/schema/pages';
import { editor } from '../state/editorStore';
import { mapComponents } from '../state/docOps';
import { resolveDocLayout } from '../state/layoutOps';

/**
 * Put components on one page (its path) or on every page (undefined): the inspector's Page
 * field. Components inside a container follow their container, so only top-level ones change;
 * on their new page they give way to what is there (and it to them).
 */
export function setComponentPage(ids: readonly string[], page: string | undefined): boolean {
  const s = editor();
  const set = new Set(ids);
  const target = page === undefined ? undefined : normalizePagePath(page);
  const name = target === undefined ? 'every page' : (s.project.pages?.find((p) => normalizePagePath(p.path) === target)?.name ?? target);
  const who = ids.length === 1 ? ids[0] : `${ids.length} components`;
  return s.commit(`Put ${who} on ${name}`, (doc) => {
    const next = mapComponents(doc, (c) => {
      if (!set.has(c.id) || c.parent || (c.page === undefined ? target === undefined : normalizePagePath(c.page) === target)) return c;
      const { page: _old, ...rest } = c;
      return target === undefined ? rest : { ...rest, page: target };
    });
    return next === doc ? doc : resolveDocLayout(next, [], undefined, 'lg', target);
  });
}
