import { Trash2 } from 'lucide-react';
import { toast } from 'sonner';
import { editor } from '../state/editorStore';
import { resolveDocLayout } from '../state/layoutOps';
import { subtreeIds } from '../../runtime/schema/containers';
import { defineAction, hasSelection } from './types';

/**
 * Delete the selected components, with everything inside the selected containers. Callbacks bound to them are kept (the Problems panel
 * lists the dangling bindings) so that deleting and re-adding is not destructive; a toast
 * says which callbacks still refer to them, with Undo.
 */
export function deleteSelection(): boolean {
  const s = editor();
  if (s.session.selection.length === 0) return false;
  const ids = subtreeIds(s.project.components, s.session.selection);
  const name = ids.size === 1 ? `Delete ${[...ids][0]}` : s.session.selection.length === 1 ? `Delete ${s.session.selection[0]} and its ${ids.size - 1} components` : `Delete ${ids.size} components`;
  const done = s.commit(
    name,
    // With vertical compaction what was below floats up on the canvas; save it there.
    (doc) => resolveDocLayout({ ...doc, project: { ...doc.project, components: doc.project.components.filter((c) => !ids.has(c.id)) } }),
    { select: [] },
  );
  const wired = s.project.callbacks.filter((cb) => [...cb.inputs, ...cb.state, ...cb.outputs].some((b) => ids.has(b.id))).map((cb) => cb.id);
  if (done && wired.length > 0) {
    toast.warning(`${name.replace('Delete', 'Deleted')}: ${wired.length === 1 ? 'callback' : 'callbacks'} ${wired.join(', ')} still ${wired.length === 1 ? 'refers' : 'refer'} to it`, {
      description: 'Rewire or delete them; the Problems panel lists what is missing.',
      action: { label: 'Undo', onClick: () => editor().undo() },
    });
  }
  return done;
}

export const deleteSelectionAction = defineAction({
  name: 'deleteSelection',
  label: 'Delete selection',
  group: 'Edit',
  shortcuts: ['Delete', 'Backspace'],
  icon: Trash2,
  enabled: hasSelection,
  run: deleteSelection,
});
