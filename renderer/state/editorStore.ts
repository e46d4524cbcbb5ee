import { create } from 'zustand';
import { createDocumentSlice } from './documentSlice';
import { createHistorySlice } from './historySlice';
import { initialSession, createSessionSlice } from './sessionSlice';
import { emptyProject } from './emptyProject';
import type { EditorState } from './types';

/**
 * The editor's one store (per window). Import the public API from `./store`; actions import
 * this core module directly so that `store.ts` can re-export them without an import cycle.
 */
export const useEditor = create<EditorState>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createHistorySlice(...a),
  ...createSessionSlice(...a),
}));

/** Shorthand for reading the current state outside React. */
export const editor = (): EditorState => useEditor.getState();

/** Back to the start state (tests; "close project"). */
export function resetEditor(): void {
  const project = emptyProject();
  const callbacks: Record<string, string> = {};
  const components: Record<string, string> = {};
  useEditor.setState({
    project,
    callbacks,
    components,
    dir: null,
    dirty: false,
    saved: { project, callbacks, components },
    history: { past: [], future: [] },
    session: initialSession(),
  });
}
