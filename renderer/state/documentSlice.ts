import type { StateCreator } from 'zustand';
import { emptyProject } from './emptyProject';
import type { DocumentSlice, EditorState } from './types';

const initialProject = emptyProject();
const initialCallbacks: Record<string, string> = {};

export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (set) => ({
  project: initialProject,
  callbacks: initialCallbacks,
  dir: null,
  dirty: false,
  saved: { project: initialProject, callbacks: initialCallbacks },

  loadDocument({ dir, project, callbacks }, options) {
    set((s) => ({
      project,
      callbacks,
      dir,
      dirty: options?.dirty ?? false,
      saved: options?.dirty ? s.saved : { project, callbacks },
      history: { past: [], future: [] },
      session: {
        ...s.session,
        screen: 'editor',
        selection: [],
        activeCallbackId: project.callbacks[0]?.id ?? null,
        problems: [],
        dialog: null,
      },
    }));
  },

  markSaved(doc, savedAt) {
    set((s) => ({
      saved: doc,
      dirty: s.project !== doc.project || s.callbacks !== doc.callbacks,
      session: { ...s.session, lastSavedAt: savedAt },
    }));
  },
});
