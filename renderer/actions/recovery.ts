import { toast } from 'sonner';
import { errorText, getHost } from '../host';
import { editor } from '../state/editorStore';

/** Load the autosaved document (crash recovery). It stays dirty until saved. */
export async function restoreAutosave(): Promise<boolean> {
  const dir = editor().dir;
  if (!dir) return false;
  try {
    const saved = await getHost().call('autosave:read', { dir });
    if (!saved) {
      toast.error('No autosave found for this project.');
      editor().closeDialog();
      return false;
    }
    editor().loadDocument({ dir, project: saved.project, callbacks: saved.callbacks, components: saved.components ?? editor().components }, { dirty: true });
    toast.success('Restored unsaved changes');
    return true;
  } catch (err) {
    toast.error(`Could not restore: ${errorText(err)}`);
    return false;
  }
}

/** Throw the autosave away and keep the saved files. */
export async function discardAutosave(): Promise<void> {
  const dir = editor().dir;
  editor().closeDialog();
  if (!dir) return;
  try {
    await getHost().call('autosave:clear', { dir });
  } catch (err) {
    toast.error(`Could not discard the autosave: ${errorText(err)}`);
  }
}
