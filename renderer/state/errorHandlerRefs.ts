import type { CallbackSpec, Project } from '../../runtime/schema';

/**
 * Keeping `onError` (DESIGN §4b) pointing at the right callback: a renamed handler is renamed
 * where it is named, a deleted one is no longer named (pure; the same project when nothing changed).
 */
export function renameHandlerRefs(project: Project, from: string, to: string | undefined): Project {
  const fix = (cb: CallbackSpec): CallbackSpec => {
    if (cb.onError !== from) return cb;
    const { onError: _old, ...rest } = cb;
    return to === undefined ? rest : { ...rest, onError: to };
  };
  const named = project.onError === from || project.callbacks.some((cb) => cb.onError === from);
  if (!named) return project;
  const next: Project = { ...project, callbacks: project.callbacks.map(fix) };
  if (project.onError === from) {
    if (to === undefined) delete next.onError;
    else next.onError = to;
  }
  return next;
}

/** Point every running entry at component `from` to `to` instead (a renamed component). */
export function renameRunningRefs(spec: CallbackSpec, from: string, to: string): CallbackSpec {
  if (!spec.running?.some((r) => r.id === from)) return spec;
  return { ...spec, running: spec.running.map((r) => (r.id === from ? { ...r, id: to } : r)) };
}
