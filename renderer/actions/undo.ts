import { Undo2 } from 'lucide-react';
import { editor } from '../state/editorStore';
import { defineAction } from './types';

export function undo(): boolean {
  return editor().undo();
}

export const undoAction = defineAction({
  name: 'undo',
  label: 'Undo',
  group: 'Edit',
  shortcuts: ['Mod+Z'],
  icon: Undo2,
  enabled: (s) => s.history.past.length > 0,
  run: undo,
});
