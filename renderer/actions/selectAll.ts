import { editor } from '../state/editorStore';
import { defineAction, hasProject } from './types';

export const selectAllAction = defineAction({
  name: 'selectAll',
  label: 'Select all components',
  group: 'Edit',
  shortcuts: ['Mod+A'],
  enabled: hasProject,
  run: () => editor().select(editor().project.components.map((c) => c.id)),
});

export const deselectAction = defineAction({
  name: 'deselect',
  label: 'Deselect',
  group: 'Edit',
  shortcuts: ['Escape'],
  palette: false,
  enabled: (s) => s.session.selection.length > 0,
  run: () => editor().select([]),
});
