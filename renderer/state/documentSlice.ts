import type { StateCreator } from 'zustand';
import { emptyProject } from './emptyProject';
import type { DocumentSlice, EditorState } from './types';

const initialProject = emptyProject();
const initialCallbacks: Record<string, string> = {};
const initialComponents: Record<string, string> = {};

export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (set) => ({
  project: initialProject,
  callbacks: initialCallbacks,
  components: initialComponents,
  dir: null,
  dirty: false,
  saved: { project: initialProject, callbacks: initialCallbacks, components: initialComponents },

  loadDocument({ dir, project, callbacks, components }, options) {
    set((s) => ({
      project,
      callbacks,
      components,
      dir,
      dirty: options?.dirty ?? false,
      saved: options?.dirty ? s.saved : { project, callbacks, components },
      history: { past: [], future: [] },
      session: {
        ...s.session,
        screen: 'editor',
        selection: [],
        activeCallbackId: project.callbacks[0]?.id ?? null,
        activeComponentType: null,
        activeDataFile: null,
        problems: [],
        dialog: null,
      },
    }));
  },

  markSaved(doc, savedAt) {
    set((s) => ({
      saved: doc,
      dirty: s.project !== doc.project || s.callbacks !== doc.callbacks || s.components !== doc.components,
      session: { ...s.session, lastSavedAt: savedAt },
    }));
  },
});
