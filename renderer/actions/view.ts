import { Columns2, Eye, LayoutGrid, Moon, PanelBottom, Search } from 'lucide-react';
import { editor } from '../state/editorStore';
import type { ViewMode } from '../state/types';
import { defineAction, hasProject } from './types';

const view = (mode: ViewMode, label: string, key: string, icon: typeof Eye) =>
  defineAction({ name: `view.${mode}`, label, group: 'View', shortcuts: [key], icon, enabled: hasProject, run: () => editor().setView(mode) });

export const viewDesignAction = view('design', 'View: Design', 'Mod+1', LayoutGrid);
export const viewSplitAction = view('split', 'View: Split (design + preview)', 'Mod+2', Columns2);
export const viewPreviewAction = view('preview', 'View: Preview', 'Mod+3', Eye);

export const toggleThemeAction = defineAction({
  name: 'toggleTheme',
  label: 'Toggle light / dark theme',
  group: 'View',
  icon: Moon,
  global: true,
  run: () => editor().setTheme(editor().session.theme === 'dark' ? 'light' : 'dark'),
});

export const toggleBottomPanelAction = defineAction({
  name: 'toggleBottomPanel',
  label: 'Toggle bottom panel',
  group: 'View',
  shortcuts: ['Mod+J'],
  icon: PanelBottom,
  inTextFields: true,
  enabled: hasProject,
  run: () => editor().setBottomCollapsed(!editor().session.bottomCollapsed),
});

export const showProblemsAction = defineAction({
  name: 'showProblems',
  label: 'Show problems',
  group: 'View',
  shortcuts: ['Shift+Mod+M'],
  enabled: hasProject,
  run: () => editor().setBottomTab('problems'),
});

export const commandPaletteAction = defineAction({
  name: 'commandPalette',
  label: 'Command palette',
  group: 'Help',
  shortcuts: ['Mod+K', 'Shift+Mod+P'],
  icon: Search,
  palette: false,
  inTextFields: true,
  global: true,
  run: () => editor().setCommandPaletteOpen(!editor().session.commandPaletteOpen),
});
