import { editor } from '../state/editorStore';
import { renameHandlerRefs } from '../state/errorHandlerRefs';

/** Remove a callback's wiring and its source module. */
export function deleteCallback(id: string): boolean {
  const s = editor();
  const index = s.project.callbacks.findIndex((c) => c.id === id);
  if (index < 0) return false;
  const ok = s.commit(`Delete callback ${id}`, (doc) => {
    const { [id]: _removed, ...callbacks } = doc.callbacks;
    void _removed;
    // A deleted onError handler is no longer named (errorHandlerRefs.ts).
    return { ...doc, project: renameHandlerRefs({ ...doc.project, callbacks: doc.project.callbacks.filter((c) => c.id !== id) }, id, undefined), callbacks };
  });
  if (ok && s.session.activeCallbackId === id) {
    const rest = editor().project.callbacks;
    editor().setActiveCallback(rest[Math.min(index, rest.length - 1)]?.id ?? null);
  }
  return ok;
}
