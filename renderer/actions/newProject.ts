import { FilePlus2 } from 'lucide-react';
import { toast } from 'sonner';
import { errorText, getHost } from '../host';
import { editor } from '../state/editorStore';
import { parkUnsavedChanges, showOpened } from './open';
import { defineAction } from './types';

/** Create a project folder from a template and open it. */
export async function createProject(dir: string, template: string, name?: string): Promise<boolean> {
  const path = dir.trim();
  if (!path) return false;
  editor().setBusy('opening', true);
  try {
    const request = name?.trim() ? { dir: path, template, name: name.trim() } : { dir: path, template };
    const opened = await getHost().call('project:new', request);
    await parkUnsavedChanges();
    showOpened(opened);
    toast.success(`Created ${opened.project.name} from ${template}`);
    return true;
  } catch (err) {
    toast.error(`Could not create ${path}: ${errorText(err)}`);
    return false;
  } finally {
    editor().setBusy('opening', false);
  }
}

export const newProjectAction = defineAction({
  name: 'new',
  label: 'New project from template…',
  group: 'File',
  shortcuts: ['Mod+Alt+N'],
  icon: FilePlus2,
  global: true,
  run: () => editor().openDialog({ kind: 'new' }),
});
