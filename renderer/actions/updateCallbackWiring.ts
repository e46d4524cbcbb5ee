import type { CallbackSpec } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { mapCallbackSpecs } from '../state/docOps';
import { renameCallback } from './renameCallback';

export type CallbackPatch = Partial<CallbackSpec>;

/**
 * Change a callback's wiring (inputs, state, outputs, placement, options). A patch with a
 * different `id` renames it. Repeated edits of the same fields in a row are one undo step.
 */
export function updateCallback(id: string, patch: CallbackPatch): boolean {
  const { id: newId, ...rest } = patch;
  let changed = false;
  const keys = Object.keys(rest);
  if (keys.length > 0) {
    changed = editor().commit(
      `Edit callback ${id}`,
      (doc) =>
        mapCallbackSpecs(doc, (cb) => {
          if (cb.id !== id) return cb;
          const next = { ...cb, ...rest } as CallbackSpec;
          // An explicit `undefined` in the patch removes an optional field.
          for (const k of keys) if ((rest as Record<string, unknown>)[k] === undefined) delete (next as Record<string, unknown>)[k];
          return next;
        }),
      { coalesce: `updateCallback:${id}:${keys.sort().join(',')}` },
    );
  }
  if (newId !== undefined && newId !== id) changed = renameCallback(id, newId).ok || changed;
  return changed;
}
