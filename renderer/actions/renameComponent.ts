import { editor } from '../state/editorStore';
import { mapCallbackSpecs, mapComponents, rebindId } from '../state/docOps';
import { renameRunningRefs } from '../state/errorHandlerRefs';
import { idError, takenIds } from '../state/ids';

export type RenameResult = { ok: true } | { ok: false; error: string };

/** Rename a component and rewrite every callback binding that names it. */
export function renameComponent(oldId: string, newId: string): RenameResult {
  if (oldId === newId) return { ok: true };
  const s = editor();
  if (!s.project.components.some((c) => c.id === oldId)) return { ok: false, error: `no component "${oldId}"` };
  const error = idError(newId, takenIds(s.project));
  if (error) return { ok: false, error };
  const selection = s.session.selection.map((id) => (id === oldId ? newId : id));
  s.commit(
    `Rename ${oldId} → ${newId}`,
    (doc) => {
      // Its children (a container's) follow it.
      const renamed = mapComponents(doc, (c) => {
        const moved = c.parent?.id === oldId ? { ...c, parent: { ...c.parent, id: newId } } : c;
        return moved.id === oldId ? { ...moved, id: newId } : moved;
      });
      return mapCallbackSpecs(renamed, (cb) => renameRunningRefs(rebindId(cb, oldId, newId), oldId, newId));
    },
    { select: selection },
  );
  return { ok: true };
}
