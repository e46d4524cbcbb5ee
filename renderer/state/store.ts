/**
 * The editor store: public API.
 *
 * State (zustand, one store per window, read with `useEditor(selector)` and narrow selectors):
 *   Document (undoable)   project: Project · callbacks: Record<id, source of callbacks/<id>.ts>
 *                         dir: string | null · dirty: boolean
 *   History               history.past / history.future: HistoryEntry[] ({ name, before, after })
 *   Session (not undoable) session.selection: string[] · session.activeCallbackId · session.bottomTab
 *                         session.view ('design' | 'split' | 'preview') · session.theme · session.problems …
 *
 * Every document edit is a named, undoable command (renderer/actions/<name>.ts); no component
 * writes the document directly. Rapid edits of the same thing (typing in a field or in Monaco,
 * nudging) coalesce into one undo step.
 *
 * For the callbacks panel (exact names):
 *   useEditor(selectProject) · useEditor(selectCallbacks) · useEditor(selectActiveCallbackId)
 *   setActiveCallback(id: string | null): void
 *   addCallback(spec: CallbackSpec, source: string): string      adds, makes it active; returns the (unique) id
 *   updateCallback(id: string, patch: Partial<CallbackSpec>): boolean   wiring/options; a new `id` renames
 *   setCallbackSource(id: string, source: string): boolean        typing bursts are one undo step
 *   deleteCallback(id: string): boolean
 *   renameCallback(oldId: string, newId: string): { ok: true } | { ok: false; error: string }
 *                                                                 renames the spec, the module and
 *                                                                 `export default function <id>(`
 * Components:
 *   addComponent(type, { grid?, layout? }) · setProp(id, prop, value) · renameComponent(old, new)
 *   (rewrites callback bindings) · moveResizeComponents(changes) · deleteSelection() · copySelection()
 *   paste() · duplicateSelection() · undo() · redo() · and the rest in `commands` (actions/index.ts).
 */
import { editor, resetEditor, useEditor } from './editorStore';

export { useEditor, editor, resetEditor };
export * from './selectors';
export type { DocSnapshot, EditorState, HistoryEntry, Session, ViewMode, BottomTab, Theme, DialogRequest } from './types';

export { addCallback } from '../actions/addCallback';
export { updateCallback } from '../actions/updateCallbackWiring';
export { setCallbackSource } from '../actions/setCallbackSource';
export { deleteCallback } from '../actions/deleteCallback';
export { renameCallback } from '../actions/renameCallback';
export { addComponent } from '../actions/addComponent';
export { setProp } from '../actions/setProp';
export { renameComponent } from '../actions/renameComponent';
export { moveResizeComponents } from '../actions/moveResizeComponents';
export { deleteSelection } from '../actions/deleteSelection';
export { undo } from '../actions/undo';
export { redo } from '../actions/redo';
export { commands, actions } from '../actions';

/** Make a callback the one the code editor shows (null: none). */
export function setActiveCallback(id: string | null): void {
  useEditor.getState().setActiveCallback(id);
}

/** Select components on the canvas (replaces the selection). */
export function selectComponents(ids: string[]): void {
  useEditor.getState().select(ids);
}
