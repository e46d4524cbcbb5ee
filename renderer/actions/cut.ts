import { Scissors } from 'lucide-react';
import { copySelection } from './copy';
import { deleteSelection } from './deleteSelection';
import { defineAction, hasSelection } from './types';

export function cutSelection(): boolean {
  return copySelection() > 0 && deleteSelection();
}

export const cutAction = defineAction({
  name: 'cut',
  label: 'Cut',
  group: 'Edit',
  shortcuts: ['Mod+X'],
  icon: Scissors,
  enabled: hasSelection,
  run: cutSelection,
});
