import { Trash2 } from 'lucide-react';
import { editor } from '../state/editorStore';
import { defineAction, hasSelection } from './types';

/**
 * Delete the selected components. Callbacks bound to them are kept (the Problems panel
 * lists the dangling bindings) so that deleting and re-adding is not destructive.
 */
export function deleteSelection(): boolean {
  const s = editor();
  const ids = new Set(s.session.selection);
  if (ids.size === 0) return false;
  const name = ids.size === 1 ? `Delete ${[...ids][0]}` : `Delete ${ids.size} components`;
  return s.commit(
    name,
    (doc) => ({ ...doc, project: { ...doc.project, components: doc.project.components.filter((c) => !ids.has(c.id)) } }),
    { select: [] },
  );
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
