import type { StateCreator } from 'zustand';
import { builtinComponents } from '../../runtime/components/builtins';
import { createComponentRegistry } from '../../runtime/components/registry';
import { readPreference, writePreference } from './preferences';
import type { EditorState, Session, SessionSlice, Theme, ViewMode } from './types';

const THEME_KEY = 'dashwright.theme';
const VIEW_KEY = 'dashwright.view';

function initialTheme(): Theme {
  if (typeof window === 'undefined') return 'light';
  const stored = readPreference(THEME_KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The view mode the window last used (design when none). */
function initialView(): ViewMode {
  const stored = readPreference(VIEW_KEY);
  return stored === 'split' || stored === 'preview' ? stored : 'design';
}

export function initialSession(): Session {
  return {
    screen: 'welcome',
    selection: [],
    bottomTab: 'callbacks',
    bottomCollapsed: false,
    activeCallbackId: null,
    activeComponentType: null,
    newComponentForm: false,
    activeValueId: null,
    codeReveal: null,
    activeDataFile: null,
    theme: initialTheme(),
    view: initialView(),
    dialog: null,
    commandPaletteOpen: false,
    clipboard: [],
    problems: [],
    dataTypes: [],
    components: createComponentRegistry(builtinComponents),
    busy: { saving: false, exporting: false, opening: false },
    lastSavedAt: null,
  };
}

export const createSessionSlice: StateCreator<EditorState, [], [], SessionSlice> = (set) => {
  const patch = (p: Partial<Session>) => set((s) => ({ session: { ...s.session, ...p } }));
  return {
    session: initialSession(),
    select: (ids) => patch({ selection: ids }),
    toggleSelected: (id) =>
      set((s) => {
        const sel = s.session.selection;
        const selection = sel.includes(id) ? sel.filter((x) => x !== id) : [...sel, id];
        return { session: { ...s.session, selection } };
      }),
    setBottomTab: (bottomTab) => patch({ bottomTab, bottomCollapsed: false }),
    setBottomCollapsed: (bottomCollapsed) => patch({ bottomCollapsed }),
    setActiveCallback: (activeCallbackId) => patch({ activeCallbackId, activeComponentType: null, activeValueId: null, newComponentForm: false }),
    setActiveComponent: (activeComponentType) => patch({ activeComponentType, newComponentForm: false, activeValueId: null }),
    setNewComponentForm: (newComponentForm) => patch({ newComponentForm, ...(newComponentForm ? { activeComponentType: null, activeValueId: null } : {}) }),
    setCodeReveal: (codeReveal) => patch({ codeReveal }),
    setActiveDataFile: (activeDataFile) => patch({ activeDataFile }),
    setActiveValue: (activeValueId) => patch({ activeValueId, activeComponentType: null, newComponentForm: false }),
    setTheme: (theme) => {
      writePreference(THEME_KEY, theme);
      patch({ theme });
    },
    setView: (view) => {
      writePreference(VIEW_KEY, view);
      patch({ view });
    },
    openDialog: (dialog) => patch({ dialog, commandPaletteOpen: false }),
    closeDialog: () => patch({ dialog: null }),
    setCommandPaletteOpen: (commandPaletteOpen) => patch({ commandPaletteOpen }),
    setClipboard: (clipboard) => patch({ clipboard }),
    setProblems: (problems) => patch({ problems }),
    setDataTypes: (dataTypes) => patch({ dataTypes }),
    setComponentTypes: (components) => patch({ components }),
    setBusy: (key, value) => set((s) => ({ session: { ...s.session, busy: { ...s.session.busy, [key]: value } } })),
    showWelcome: () => patch({ screen: 'welcome', dialog: null }),
  };
};
