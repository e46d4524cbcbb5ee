import type { CallbackSpec } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { takenIds, uniqueId } from '../state/ids';

/**
 * Add a callback (its wiring and the source of callbacks/<id>.ts) and make it the active one.
 * The id is made unique if taken. Returns the id used.
 */
export function addCallback(spec: CallbackSpec, source: string): string {
  const s = editor();
  const id = uniqueId(spec.id || 'callback', takenIds(s.project));
  const added: CallbackSpec = { ...spec, id };
  const ok = s.commit(`Add callback ${id}`, (doc) => ({
    ...doc,
    project: { ...doc.project, callbacks: [...doc.project.callbacks, added] },
    callbacks: { ...doc.callbacks, [id]: source },
  }));
  if (ok) {
    editor().setActiveCallback(id);
    editor().setBottomTab('callbacks');
  }
  return id;
}
