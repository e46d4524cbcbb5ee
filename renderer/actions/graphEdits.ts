import { callbackTemplate } from '../../runtime/graph/callbackTypes';
import { propKey, type Binding, type CallbackSpec } from '../../runtime/schema';
import { emptyCallback, newBinding, nextCallbackId } from '../panels/callbacks/bindings';
import { componentTypes } from '../state/componentTypes';
import { mapCallbackSpecs } from '../state/docOps';
import { editor } from '../state/editorStore';
import type { DocSnapshot } from '../state/types';

/**
 * The graph view's edits of the wiring (DESIGN §6), each a pure edit of the document plus a
 * command committing it as one named undo step. The callback's code is never rewritten: a new
 * input only gets a free `as` name; the type check and Problems then say what the code lacks.
 */

/** The lists of a callback a graph edge stands for. */
export type EdgeRole = 'inputs' | 'state' | 'outputs' | 'cancel';
export type AddRole = 'inputs' | 'state' | 'outputs';

/** A component prop or a named value (`prop` "value"). */
export interface PropRef {
  id: string;
  prop: string;
}

const NOUN: Record<EdgeRole, string> = { inputs: 'input', state: 'state', outputs: 'output', cancel: 'cancel' };

function listOf(spec: CallbackSpec, role: EdgeRole): readonly Binding[] {
  return role === 'cancel' ? (spec.cancel ?? []) : spec[role];
}

/**
 * `ref` added to callback `callbackId`'s `role` with an `as` name free among its arguments.
 * Unchanged when the callback is missing or already has it in that role. An input that was the
 * callback's state (or the other way round) moves: one prop, one argument.
 */
export function withBinding(doc: DocSnapshot, callbackId: string, role: AddRole, ref: PropRef): DocSnapshot {
  const key = propKey(ref);
  return mapCallbackSpecs(doc, (cb) => {
    if (cb.id !== callbackId || cb[role].some((b) => propKey(b) === key)) return cb;
    const other = role === 'inputs' ? 'state' : role === 'state' ? 'inputs' : null;
    const moved = other ? cb[other].find((b) => propKey(b) === key) : undefined;
    const base = other && moved ? { ...cb, [other]: cb[other].filter((b) => b !== moved) } : cb;
    const binding = moved ?? newBinding(base, role, ref);
    return { ...base, [role]: [...base[role], binding] };
  });
}

/** Why binding `key` cannot leave `role` of callback `callbackId`, or null: a callback keeps one output (schema). */
export function removalProblem(doc: DocSnapshot, callbackId: string, role: EdgeRole, key: string): string | null {
  const cb = doc.project.callbacks.find((c) => c.id === callbackId);
  if (role !== 'outputs' || !cb || cb.outputs.some((b) => propKey(b) !== key)) return null;
  return `${callbackId} needs at least one output: add another before removing ${key}`;
}

/** The binding `key` ("id.prop") taken out of callback `callbackId`'s `role` (unchanged if it is its only output). */
export function withoutBinding(doc: DocSnapshot, callbackId: string, role: EdgeRole, key: string): DocSnapshot {
  if (removalProblem(doc, callbackId, role, key)) return doc;
  return mapCallbackSpecs(doc, (cb) => {
    if (cb.id !== callbackId) return cb;
    const list = listOf(cb, role);
    if (!list.some((b) => propKey(b) === key)) return cb;
    return { ...cb, [role]: list.filter((b) => propKey(b) !== key) };
  });
}

/** A new callback appended, with its module source. */
export function withCallback(doc: DocSnapshot, spec: CallbackSpec, source: string): DocSnapshot {
  if (doc.project.callbacks.some((c) => c.id === spec.id)) return doc;
  return {
    ...doc,
    project: { ...doc.project, callbacks: [...doc.project.callbacks, spec] },
    callbacks: { ...doc.callbacks, [spec.id]: source },
  };
}

/** The spec and starter source of a new callback setting `output`, taking `input` if given. */
export function newCallbackFor(doc: DocSnapshot, input: PropRef | null, output: PropRef): { spec: CallbackSpec; source: string } {
  const empty = emptyCallback(nextCallbackId(doc.project));
  const withInput = input ? { ...empty, inputs: [newBinding(empty, 'inputs', input)] } : empty;
  const spec = { ...withInput, outputs: [newBinding(withInput, 'outputs', output)] };
  const project = { ...doc.project, callbacks: [...doc.project.callbacks, spec] };
  return { spec, source: callbackTemplate(project, componentTypes().catalog, spec.id) };
}

/** Wire `ref` into a callback (graph: a prop dropped on a callback, or a callback on a prop). */
export function addBinding(callbackId: string, role: AddRole, ref: PropRef): boolean {
  return editor().commit(`Add ${NOUN[role]} ${propKey(ref)} to ${callbackId}`, (doc) => withBinding(doc, callbackId, role, ref));
}

/** Unwire `key` from a callback (graph: delete an edge). */
export function removeBinding(callbackId: string, role: EdgeRole, key: string): boolean {
  return editor().commit(`Remove ${NOUN[role]} ${key} from ${callbackId}`, (doc) => withoutBinding(doc, callbackId, role, key));
}

/**
 * A new callback setting `output` (a callback has at least one), taking `input` if given, made
 * the active one; returns its id.
 */
export function createCallbackFromGraph(input: PropRef | null, output: PropRef): string | null {
  const { spec, source } = newCallbackFor(editor(), input, output);
  const name = `New callback ${spec.id}: ${input ? `${propKey(input)} → ` : ''}${propKey(output)}`;
  if (!editor().commit(name, (doc) => withCallback(doc, spec, source))) return null;
  editor().setActiveCallback(spec.id);
  return spec.id;
}
