import { ClipboardPaste } from 'lucide-react';
import type { ComponentInstance } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { resolveDocLayout } from '../state/layoutOps';
import { currentPage } from '../state/page';
import { cloneForPaste } from './clipboard';
import { defineAction } from './types';

/** Insert copies of `components` with unique ids; selects them. Returns the new ids. */
export function insertCopies(components: readonly ComponentInstance[], name: string): string[] {
  const s = editor();
  // Copies on the page grid land on the canvas's page (those on every page stay so).
  const page = currentPage();
  const copies = cloneForPaste(s.project, components).map((c) => (c.parent || c.page === undefined || page === undefined ? c : { ...c, page }));
  if (copies.length === 0) return [];
  const ids = copies.map((c) => c.id);
  s.commit(
    name,
    (doc) => resolveDocLayout({ ...doc, project: { ...doc.project, components: [...doc.project.components, ...copies] } }, copies.filter((c) => !c.parent || !copies.some((p) => p.id === c.parent!.id)).map((c) => ({ id: c.id, ...c.grid }))),
    { select: ids },
  );
  return ids;
}

/** Paste the in-app clipboard. */
export function paste(): string[] {
  const clip = editor().session.clipboard;
  return insertCopies(clip, clip.length === 1 ? `Paste ${clip[0].id}` : `Paste ${clip.length} components`);
}

export const pasteAction = defineAction({
  name: 'paste',
  label: 'Paste',
  group: 'Edit',
  shortcuts: ['Mod+V'],
  icon: ClipboardPaste,
  enabled: (s) => s.session.clipboard.length > 0 && s.session.screen === 'editor',
  run: paste,
});
