import { Save } from 'lucide-react';
import { toast } from 'sonner';
import { errorText, getHost } from '../host';
import { editor } from '../state/editorStore';
import { autosaveSettled } from './autosave';
import { defineAction, hasProject } from './types';

/** Save the project to its folder (the host writes atomically). Returns whether it saved. */
export async function save(): Promise<boolean> {
  const s = editor();
  if (!s.dir) {
    toast.error('This project has no folder yet; create it with New from template.');
    return false;
  }
  if (s.session.busy.saving) return false;
  const doc = { project: s.project, callbacks: s.callbacks, components: s.components };
  const dir = s.dir;
  s.setBusy('saving', true);
  try {
    const { savedAt } = await getHost().call('project:save', { dir, project: doc.project, callbacks: doc.callbacks, components: doc.components });
    if (editor().dir !== dir) return true;
    editor().markSaved(doc, savedAt);
    toast.success(`Saved ${doc.project.name}`);
    // An autosave still on its way must not land after the clear (it would look like a crash).
    await autosaveSettled();
    await getHost().call('autosave:clear', { dir }).catch(() => undefined);
    return true;
  } catch (err) {
    toast.error(`Save failed: ${errorText(err)}`);
    return false;
  } finally {
    editor().setBusy('saving', false);
  }
}

export const saveAction = defineAction({
  name: 'save',
  label: 'Save',
  group: 'File',
  shortcuts: ['Mod+S'],
  icon: Save,
  inTextFields: true,
  enabled: hasProject,
  run: save,
});
