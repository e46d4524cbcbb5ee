import { Redo2 } from 'lucide-react';
import { editor } from '../state/editorStore';
import { defineAction } from './types';

export function redo(): boolean {
  return editor().redo();
}

export const redoAction = defineAction({
  name: 'redo',
  label: 'Redo',
  group: 'Edit',
  shortcuts: ['Shift+Mod+Z', 'Ctrl+Y'],
  icon: Redo2,
  enabled: (s) => s.history.future.length > 0,
  run: redo,
});
