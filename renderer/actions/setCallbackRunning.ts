import type { RunningEntry } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { mapCallbackSpecs } from '../state/docOps';

/**
 * Set a callback's running props (DESIGN §4b: props set to `on` while it runs, `off` when it
 * settles): the callback settings add or remove an entry with it. One undo step, named by the change.
 */
export function setCallbackRunning(callbackId: string, running: readonly RunningEntry[]): boolean {
  const before = editor().project.callbacks.find((c) => c.id === callbackId)?.running ?? [];
  const key = (r: RunningEntry): string => `${r.id}.${r.prop}`;
  const added = running.filter((r) => !before.some((b) => key(b) === key(r)));
  const removed = before.filter((b) => !running.some((r) => key(r) === key(b)));
  const name =
    added.length === 1 && removed.length === 0
      ? `${callbackId}: while running, set ${key(added[0]!)}`
      : removed.length === 1 && added.length === 0
        ? `${callbackId}: no running ${key(removed[0]!)}`
        : `${callbackId}: running props`;
  return editor().commit(name, (doc) =>
    mapCallbackSpecs(doc, (cb) => {
      if (cb.id !== callbackId || JSON.stringify(cb.running ?? []) === JSON.stringify(running)) return cb;
      const { running: _old, ...rest } = cb;
      return running.length === 0 ? rest : { ...rest, running: [...running] };
    }),
  );
}
