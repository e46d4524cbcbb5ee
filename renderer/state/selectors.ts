import type { CallbackSpec, ComponentInstance, Project } from '../../runtime/schema';
import { componentIndex } from './componentIndex';
import type { EditorState } from './types';

export const selectProject = (s: EditorState): Project => s.project;
export const selectCallbacks = (s: EditorState): Record<string, string> => s.callbacks;
export const selectComponents = (s: EditorState): ComponentInstance[] => s.project.components;
export const selectSelection = (s: EditorState): string[] => s.session.selection;
export const selectActiveCallbackId = (s: EditorState): string | null => s.session.activeCallbackId;
export const selectCanUndo = (s: EditorState): boolean => s.history.past.length > 0;
export const selectCanRedo = (s: EditorState): boolean => s.history.future.length > 0;
export const selectUndoName = (s: EditorState): string | undefined => s.history.past[s.history.past.length - 1]?.name;
export const selectRedoName = (s: EditorState): string | undefined => s.history.future[s.history.future.length - 1]?.name;

export function findComponent(project: Project, id: string): ComponentInstance | undefined {
  return componentIndex(project.components).get(id);
}

export function findCallback(project: Project, id: string): CallbackSpec | undefined {
  return project.callbacks.find((c) => c.id === id);
}

/** The only selected component, when exactly one is selected. */
export function selectSingleSelected(s: EditorState): ComponentInstance | undefined {
  const sel = s.session.selection;
  return sel.length === 1 ? findComponent(s.project, sel[0]) : undefined;
}

/** Callbacks that write `id.prop`. */
export function callbacksWriting(project: Project, id: string, prop: string): CallbackSpec[] {
  return project.callbacks.filter((cb) => cb.outputs.some((b) => b.id === id && b.prop === prop));
}

/** How a component is wired: callbacks it feeds (inputs/state) and callbacks that set it. */
export function wiringOf(callbacks: readonly CallbackSpec[], id: string): { reads: { callback: string; prop: string }[]; writes: { callback: string; prop: string }[] } {
  const reads: { callback: string; prop: string }[] = [];
  const writes: { callback: string; prop: string }[] = [];
  for (const cb of callbacks) {
    for (const b of [...cb.inputs, ...cb.state]) if (b.id === id) reads.push({ callback: cb.id, prop: b.prop });
    for (const b of cb.outputs) if (b.id === id) writes.push({ callback: cb.id, prop: b.prop });
  }
  return { reads, writes };
}
