import type { Layout, LayoutItem } from 'react-grid-layout';
import type { Breakpoint, ComponentInstance, Project } from '../../runtime/schema';
import { layoutAt } from '../../runtime/schema/breakpoints';
import { slotKey } from '../../runtime/schema/containers';
import { compactionOf } from '../../runtime/schema/layoutResolve';
import { componentsOnPage } from '../../runtime/schema/pages';
import type { EditorState } from '../state/types';
import { sameLayout } from './gridLayout';

/** Every slot's items on one breakpoint and page, computed once per document, breakpoint and page. */
const cache = new WeakMap<readonly ComponentInstance[], Map<string, Map<string, Layout>>>();

function slotsAt(project: Project, bp: Breakpoint, page: string | undefined): Map<string, Layout> {
  let byBp = cache.get(project.components);
  if (!byBp) cache.set(project.components, (byBp = new Map()));
  const cacheKey = `${bp}|${page ?? ''}`;
  let slots = byBp.get(cacheKey);
  if (slots) return slots;
  const lists = new Map<string, LayoutItem[]>();
  // lg: the saved grid as it is (the canvas resolves it itself); narrower: derived and without the hidden.
  const cells = bp === 'lg' ? null : layoutAt(project.components, bp, { layout: project.layout, compaction: compactionOf(project.settings), page });
  for (const c of componentsOnPage(project.components, page)) {
    const g = cells ? cells.get(c.id) : c.grid;
    if (!g) continue;
    const key = slotKey(c.parent);
    const list = lists.get(key) ?? [];
    list.push({ i: c.id, x: g.x, y: g.y, w: g.w, h: g.h });
    lists.set(key, list);
  }
  slots = new Map<string, Layout>(lists);
  byBp.set(cacheKey, slots);
  return slots;
}

const EMPTY: Layout = [];
const selectors = new Map<string, (s: EditorState) => Layout>();

/** A stable selector of the rectangles of one slot's items ("" = the page) on `bp`, of the components on `page` (undefined: all). */
export function slotLayoutSelector(key: string, bp: Breakpoint, page?: string): (s: EditorState) => Layout {
  const id = `${bp}|${page ?? ''}|${key}`;
  let select = selectors.get(id);
  if (!select) {
    select = (s) => slotsAt(s.project, bp, page).get(key) ?? EMPTY;
    selectors.set(id, select);
  }
  return select;
}

export { sameLayout };
