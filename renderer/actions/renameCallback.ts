import { editor } from '../state/editorStore';
import { mapCallbackSpecs } from '../state/docOps';
import { renameHandlerRefs } from '../state/errorHandlerRefs';
import { idError, takenIds } from '../state/ids';
import type { RenameResult } from './renameComponent';

/** Rename `export default function old(` in a callback module, leaving the rest untouched. */
export function renameDefaultExport(source: string, oldId: string, newId: string): string {
  const escaped = oldId.replace(/[-]/g, '\\-');
  return source.replace(new RegExp(`(export\\s+default\\s+(?:async\\s+)?function\\s*\\*?\\s*)${escaped}(\\s*\\()`), `$1${newId.replace(/-/g, '_')}$2`);
}

/** Rename a callback: its spec, its source module (callbacks/<id>.ts) and the active selection. */
export function renameCallback(oldId: string, newId: string): RenameResult {
  if (oldId === newId) return { ok: true };
  const s = editor();
  if (!s.project.callbacks.some((c) => c.id === oldId)) return { ok: false, error: `no callback "${oldId}"` };
  const error = idError(newId, takenIds(s.project));
  if (error) return { ok: false, error };
  s.commit(`Rename callback ${oldId} → ${newId}`, (doc) => {
    const renamed = mapCallbackSpecs(doc, (cb) => (cb.id === oldId ? { ...cb, id: newId } : cb));
    const callbacks: Record<string, string> = {};
    for (const [id, src] of Object.entries(doc.callbacks)) {
      if (id === oldId) callbacks[newId] = renameDefaultExport(src, oldId, newId);
      else callbacks[id] = src;
    }
    return { ...doc, project: renameHandlerRefs(renamed.project, oldId, newId), callbacks };
  });
  if (s.session.activeCallbackId === oldId) editor().setActiveCallback(newId);
  return { ok: true };
}
