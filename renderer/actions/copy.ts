import { Copy } from 'lucide-react';
import { editor } from '../state/editorStore';
import { selectedComponents, writeSystemClipboard } from './clipboard';
import { defineAction, hasSelection } from './types';

/** Copy the selected components (not undoable: the document does not change). */
export function copySelection(): number {
  const s = editor();
  const components = selectedComponents(s.project, s.session.selection);
  if (components.length === 0) return 0;
  s.setClipboard(components);
  writeSystemClipboard(components);
  return components.length;
}

export const copyAction = defineAction({
  name: 'copy',
  label: 'Copy',
  group: 'Edit',
  shortcuts: ['Mod+C'],
  icon: Copy,
  enabled: hasSelection,
  run: copySelection,
});
