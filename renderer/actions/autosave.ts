import { getHost } from '../host';
import { editor } from '../state/editorStore';
import type { DocSnapshot } from '../state/types';

let lastWritten: DocSnapshot | null = null;
let inFlight: Promise<unknown> = Promise.resolve();

/** Resolves when no autosave write is on its way (save waits for it before clearing the slot). */
export function autosaveSettled(): Promise<void> {
  return inFlight.then(
    () => undefined,
    () => undefined,
  );
}

/** Whether what the editor holds now is on disk: saved, or parked in the autosave slot. */
export function isSafeOnDisk(): boolean {
  const s = editor();
  if (!s.dirty || s.session.screen !== 'editor') return true;
  return lastWritten !== null && lastWritten.project === s.project && lastWritten.callbacks === s.callbacks && lastWritten.components === s.components;
}

/**
 * Write the document to the host's autosave slot if it is dirty and changed since the last
 * autosave. Errors are returned, not thrown (autosave runs in the background).
 */
export async function autosaveNow(): Promise<{ wrote: boolean; error?: string }> {
  const s = editor();
  if (!s.dir || !s.dirty || s.session.screen !== 'editor') return { wrote: false };
  if (lastWritten && lastWritten.project === s.project && lastWritten.callbacks === s.callbacks && lastWritten.components === s.components) return { wrote: false };
  const doc = { project: s.project, callbacks: s.callbacks, components: s.components };
  try {
    const write = getHost().call('autosave:write', { dir: s.dir, project: doc.project, callbacks: doc.callbacks, components: doc.components });
    inFlight = write;
    await write;
    lastWritten = doc;
    return { wrote: true };
  } catch (err) {
    return { wrote: false, error: err instanceof Error ? err.message : String(err) };
  }
}
