import type { LucideIcon } from 'lucide-react';
import type { EditorState } from '../state/types';

export type ActionGroup = 'File' | 'Edit' | 'View' | 'Callback' | 'Help';

/**
 * A user-facing command with no argument: shown in the command palette, bound to keys,
 * used by toolbar buttons. Commands that take arguments (setProp, moveResizeComponents…) are
 * plain functions exported beside their action and listed in `commands` (./index.ts).
 */
export interface ActionDef {
  name: string;
  label: string;
  group: ActionGroup;
  /** e.g. "Mod+Z" (Mod = Cmd on macOS, Ctrl elsewhere), "Shift+Mod+Z", "Delete", "Escape". */
  shortcuts?: readonly string[];
  icon?: LucideIcon;
  /** Listed in the command palette (default true). */
  palette?: boolean;
  /** Shortcut also works while typing in a text field or the code editor. */
  inTextFields?: boolean;
  /** Shortcut works on the welcome screen too (default: only with a project open). */
  global?: boolean;
  enabled?: (s: EditorState) => boolean;
  run: () => unknown;
}

export function defineAction(action: ActionDef): ActionDef {
  return action;
}

export const hasSelection = (s: EditorState): boolean => s.session.selection.length > 0;
export const hasProject = (s: EditorState): boolean => s.session.screen === 'editor';
