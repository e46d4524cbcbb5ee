import type { Binding, CallbackSpec, ComponentInstance, Project } from '../../runtime/schema';
import type { DocSnapshot } from './types';

/** Small immutable updates of a document; each returns the same object when nothing changed. */

export function withProject(doc: DocSnapshot, project: Project): DocSnapshot {
  return project === doc.project ? doc : { ...doc, project };
}

export function mapComponents(doc: DocSnapshot, fn: (c: ComponentInstance) => ComponentInstance): DocSnapshot {
  let changed = false;
  const components = doc.project.components.map((c) => {
    const next = fn(c);
    if (next !== c) changed = true;
    return next;
  });
  return changed ? withProject(doc, { ...doc.project, components }) : doc;
}

export function mapCallbackSpecs(doc: DocSnapshot, fn: (c: CallbackSpec) => CallbackSpec): DocSnapshot {
  let changed = false;
  const callbacks = doc.project.callbacks.map((c) => {
    const next = fn(c);
    if (next !== c) changed = true;
    return next;
  });
  return changed ? withProject(doc, { ...doc.project, callbacks }) : doc;
}

/** Point every binding to component/value `from` at `to` instead. */
export function rebindId(spec: CallbackSpec, from: string, to: string): CallbackSpec {
  const fix = (list: Binding[]): Binding[] => {
    if (!list.some((b) => b.id === from)) return list;
    return list.map((b) => (b.id === from ? { ...b, id: to } : b));
  };
  const inputs = fix(spec.inputs);
  const state = fix(spec.state);
  const outputs = fix(spec.outputs);
  const cancel = spec.cancel && fix(spec.cancel);
  if (inputs === spec.inputs && state === spec.state && outputs === spec.outputs && cancel === spec.cancel) return spec;
  return cancel ? { ...spec, inputs, state, outputs, cancel } : { ...spec, inputs, state, outputs };
}

/** The lowest free row: y just below every component. */
export function bottomRow(components: readonly ComponentInstance[]): number {
  return components.reduce((max, c) => Math.max(max, c.grid.y + c.grid.h), 0);
}
