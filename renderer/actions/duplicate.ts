import { CopyPlus } from 'lucide-react';
import { editor } from '../state/editorStore';
import { selectedComponents } from './clipboard';
import { insertCopies } from './paste';
import { defineAction, hasSelection } from './types';

/** Duplicate the selection without touching the clipboard. */
export function duplicateSelection(): string[] {
  const s = editor();
  const components = selectedComponents(s.project, s.session.selection);
  return insertCopies(components, components.length === 1 ? `Duplicate ${components[0].id}` : `Duplicate ${components.length} components`);
}

export const duplicateAction = defineAction({
  name: 'duplicate',
  label: 'Duplicate',
  group: 'Edit',
  shortcuts: ['Mod+D'],
  icon: CopyPlus,
  enabled: hasSelection,
  run: duplicateSelection,
});
