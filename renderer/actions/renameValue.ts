import { editor } from '../state/editorStore';
import { mapCallbackSpecs, rebindId } from '../state/docOps';
import { idError, takenIds } from '../state/ids';
import type { RenameResult } from './renameComponent';

/** Rename a named value and every binding that reads or writes it, as one undo step. */
export function renameValue(oldId: string, newId: string): RenameResult {
  if (oldId === newId) return { ok: true };
  const s = editor();
  if (!s.project.values.some((v) => v.id === oldId)) return { ok: false, error: `no value "${oldId}"` };
  const error = idError(newId, takenIds(s.project));
  if (error) return { ok: false, error };
  s.commit(`Rename value ${oldId} → ${newId}`, (doc) => {
    const values = doc.project.values.map((v) => (v.id === oldId ? { ...v, id: newId } : v));
    return mapCallbackSpecs({ ...doc, project: { ...doc.project, values } }, (cb) => rebindId(cb, oldId, newId));
  });
  if (editor().session.activeValueId === oldId) editor().setActiveValue(newId);
  return { ok: true };
}
