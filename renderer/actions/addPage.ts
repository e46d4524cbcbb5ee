import { FilePlus } from 'lucide-react';
import type { PageSpec } from '../../runtime/schema';
import { normalizePagePath, pagesOf } from '../../runtime/schema/pages';
import { editor } from '../state/editorStore';
import { setCurrentPage } from '../state/page';
import { defineAction, hasProject } from './types';

/** A path no page has yet: "/page-2", "/page-3"… (or "/<slug>" of `name`). */
export function freePagePath(pages: readonly PageSpec[], name?: string): string {
  const taken = new Set(pages.map((p) => normalizePagePath(p.path)));
  const slug = (name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug && !taken.has(`/${slug}`)) return `/${slug}`;
  for (let n = pages.length + 1; ; n++) if (!taken.has(`/page-${n}`)) return `/page-${n}`;
}

/**
 * Add a page (the pages list's "Add page") and show it on the canvas. A project without pages
 * gets its first page "/" too; its components stay on every page. Returns the new page's path.
 */
export function addPage(name?: string, path?: string): string | null {
  const s = editor();
  const existing = pagesOf(s.project);
  const label = name?.trim() || `Page ${existing.length + 1}`;
  const page: PageSpec = { path: path ? normalizePagePath(path) : freePagePath(existing, name), name: label };
  if (existing.some((p) => normalizePagePath(p.path) === page.path)) return null;
  const ok = s.commit(`Add page ${page.name}`, (doc) => ({ ...doc, project: { ...doc.project, pages: [...pagesOf(doc.project), page] } }));
  if (!ok) return null;
  setCurrentPage(page.path);
  return page.path;
}

export const addPageAction = defineAction({ name: 'addPage', label: 'Add page', group: 'Edit', icon: FilePlus, enabled: hasProject, run: () => addPage() });
