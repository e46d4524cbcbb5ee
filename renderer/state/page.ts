import { create } from 'zustand';
import type { Project } from '../../runtime/schema';
import { normalizePagePath } from '../../runtime/schema/pages';
import { editor, useEditor } from './editorStore';

/**
 * The page the canvas shows and edits (session state, never undone or saved), by path. A
 * project without pages has none (undefined: every component). A path that is no longer a page
 * (deleted, renamed by an undo) falls back to the first page.
 */
export const usePageStore = create<{ page: string | undefined; set(page: string | undefined): void }>()((set) => ({
  page: undefined,
  set: (page) => set({ page }),
}));

/** The page shown for a stored choice: that page when the project has it, else its first page. */
export function pageOf(project: Pick<Project, 'pages'>, chosen: string | undefined): string | undefined {
  const pages = project.pages;
  if (!pages || pages.length === 0) return undefined;
  const wanted = chosen === undefined ? undefined : normalizePagePath(chosen);
  return pages.find((p) => normalizePagePath(p.path) === wanted)?.path ?? pages[0]!.path;
}

/** The canvas's page now (outside React: commands). */
export const currentPage = (): string | undefined => pageOf(editor().project, usePageStore.getState().page);

/** The canvas's page, re-rendering when it or the project's pages change. */
export function useCurrentPage(): string | undefined {
  const chosen = usePageStore((s) => s.page);
  return useEditor((s) => pageOf(s.project, chosen));
}

export const setCurrentPage = (page: string | undefined): void => usePageStore.getState().set(page);
