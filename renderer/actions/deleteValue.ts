import type { Binding } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { mapCallbackSpecs } from '../state/docOps';

/**
 * Delete a named value and the bindings to it, as one undo step. A callback left without any
 * output keeps its last binding (the Problems list says so) rather than losing its wiring.
 */
export function deleteValue(id: string): boolean {
  const s = editor();
  if (!s.project.values.some((v) => v.id === id)) return false;
  const keep = (list: Binding[]): Binding[] => (list.some((b) => b.id === id) ? list.filter((b) => b.id !== id) : list);
  const ok = s.commit(`Delete value ${id}`, (doc) => {
    const values = doc.project.values.filter((v) => v.id !== id);
    return mapCallbackSpecs({ ...doc, project: { ...doc.project, values } }, (cb) => {
      const outputs = keep(cb.outputs);
      const next = { ...cb, inputs: keep(cb.inputs), state: keep(cb.state), outputs: outputs.length > 0 ? outputs : cb.outputs };
      return next.inputs === cb.inputs && next.state === cb.state && next.outputs === cb.outputs ? cb : next;
    });
  });
  if (ok && editor().session.activeValueId === id) editor().setActiveValue(null);
  return ok;
}
