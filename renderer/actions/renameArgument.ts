import { toast } from 'sonner';
import type { Binding } from '../../runtime/schema';
import { argName } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { mapCallbackSpecs } from '../state/docOps';

export type ArgumentRole = 'inputs' | 'state' | 'outputs';

/** Renames an argument in a callback's code; registered by the code editor once Monaco is loaded. */
type CodeRenamer = (callbackId: string, from: string, to: string) => Promise<string | null>;
let codeRenamer: CodeRenamer | null = null;

export function setCodeRenamer(renamer: CodeRenamer | null): void {
  codeRenamer = renamer;
}

/**
 * Give a binding a new `as` name. For an input or state, the code follows, as with a rename
 * refactor (destructured name, its type annotation, its uses), in the same undo step; where it
 * cannot (the code does not destructure it, no editor loaded), only the wiring changes and a
 * toast says so (the type check then points at the code to fix).
 */
export async function renameArgument(callbackId: string, role: ArgumentRole, index: number, to: string): Promise<void> {
  const spec = editor().project.callbacks.find((c) => c.id === callbackId);
  const binding: Binding | undefined = spec?.[role][index];
  if (!spec || !binding) return;
  const from = argName(binding);
  if (from === to) return;
  const code = role !== 'outputs' && codeRenamer ? await codeRenamer(callbackId, from, to) : null;
  editor().commit(`Rename ${from} → ${to} in ${callbackId}`, (doc) => {
    const renamed = mapCallbackSpecs(doc, (cb) => (cb.id === callbackId ? { ...cb, [role]: cb[role].map((b, i) => (i === index ? { ...b, as: to } : b)) } : cb));
    return code === null ? renamed : { ...renamed, callbacks: { ...renamed.callbacks, [callbackId]: code } };
  });
  if (code === null) toast.info(`Renamed “${from}” to “${to}” in the wiring; the code of ${callbackId} still says “${from}”`);
}
