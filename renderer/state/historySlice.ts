import type { StateCreator } from 'zustand';
import type { DocSnapshot, EditorState, HistoryEntry, HistorySlice } from './types';

/** Edits with the same coalesce key closer together than this merge into one undo step. */
export const COALESCE_MS = 1000;
/** Oldest entries are dropped beyond this many. */
export const HISTORY_LIMIT = 300;

function isDirty(s: EditorState, doc: DocSnapshot): boolean {
  return doc.project !== s.saved.project || doc.callbacks !== s.saved.callbacks || doc.components !== s.saved.components;
}

/** Keep only selected ids that still exist after the document changed. */
function pruneSelection(selection: string[], doc: DocSnapshot): string[] {
  if (selection.length === 0) return selection;
  const ids = new Set(doc.project.components.map((c) => c.id));
  const kept = selection.filter((id) => ids.has(id));
  return kept.length === selection.length ? selection : kept;
}

function pruneActiveCallback(active: string | null, doc: DocSnapshot): string | null {
  if (active === null || doc.project.callbacks.some((c) => c.id === active)) return active;
  return doc.project.callbacks[0]?.id ?? null;
}

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set, get) => ({
  history: { past: [], future: [] },

  commit(name, recipe, options) {
    const s = get();
    const before: DocSnapshot = { project: s.project, callbacks: s.callbacks, components: s.components };
    const after = recipe(before);
    if (!after || (after.project === before.project && after.callbacks === before.callbacks && after.components === before.components)) return false;
    const now = Date.now();
    const top = s.history.past[s.history.past.length - 1];
    let past: HistoryEntry[];
    if (options?.coalesce && top && top.coalesceKey === options.coalesce && now - top.at < COALESCE_MS && s.history.future.length === 0) {
      past = [...s.history.past.slice(0, -1), { ...top, after, at: now }];
    } else {
      const entry: HistoryEntry = { name, before, after, at: now };
      if (options?.coalesce) entry.coalesceKey = options.coalesce;
      past = [...s.history.past, entry].slice(-HISTORY_LIMIT);
    }
    set({
      project: after.project,
      callbacks: after.callbacks,
      components: after.components,
      dirty: isDirty(s, after),
      history: { past, future: [] },
      session: {
        ...s.session,
        selection: options?.select ?? pruneSelection(s.session.selection, after),
        activeCallbackId: pruneActiveCallback(s.session.activeCallbackId, after),
      },
    });
    return true;
  },

  undo() {
    const s = get();
    const entry = s.history.past[s.history.past.length - 1];
    if (!entry) return false;
    const doc = entry.before;
    set({
      project: doc.project,
      callbacks: doc.callbacks,
      components: doc.components,
      dirty: isDirty(s, doc),
      history: { past: s.history.past.slice(0, -1), future: [...s.history.future, entry] },
      session: {
        ...s.session,
        selection: pruneSelection(s.session.selection, doc),
        activeCallbackId: pruneActiveCallback(s.session.activeCallbackId, doc),
      },
    });
    return true;
  },

  redo() {
    const s = get();
    const entry = s.history.future[s.history.future.length - 1];
    if (!entry) return false;
    const doc = entry.after;
    // A redone entry never coalesces with the next edit.
    const redone: HistoryEntry = { name: entry.name, before: entry.before, after: entry.after, at: entry.at };
    set({
      project: doc.project,
      callbacks: doc.callbacks,
      components: doc.components,
      dirty: isDirty(s, doc),
      history: { past: [...s.history.past, redone], future: s.history.future.slice(0, -1) },
      session: {
        ...s.session,
        selection: pruneSelection(s.session.selection, doc),
        activeCallbackId: pruneActiveCallback(s.session.activeCallbackId, doc),
      },
    });
    return true;
  },
});
