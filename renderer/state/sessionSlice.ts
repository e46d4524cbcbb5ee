import type { StateCreator } from 'zustand';
import { builtinComponents } from '../../runtime/components/builtins';
import { createComponentRegistry } from '../../runtime/components/registry';
import type { EditorState, Session, SessionSlice, Theme } from './types';

const THEME_KEY = 'dashwright.theme';

function initialTheme(): Theme {
  if (typeof window === 'undefined') return 'light';
  try {
    const stored = window.localStorage?.getItem(THEME_KEY);
    if (stored === 'light' || stored === 'dark') return stored;
  } catch {
    // storage may be unavailable (sandboxed pages)
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
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
    theme: initialTheme(),
    view: 'design',
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
    setActiveValue: (activeValueId) => patch({ activeValueId, activeComponentType: null, newComponentForm: false }),
    setTheme: (theme) => {
      try {
        window.localStorage?.setItem(THEME_KEY, theme);
      } catch {
        // not persisted; still applied
      }
      patch({ theme });
    },
    setView: (view) => patch({ view }),
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
