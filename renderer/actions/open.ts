import { FolderOpen } from 'lucide-react';
import { toast } from 'sonner';
import type { OpenedProject } from '../../runtime/contracts/hostChannels';
import { errorText, getHost } from '../host';
import { editor } from '../state/editorStore';
import { useTrust } from '../trust/trustStore';
import { autosaveNow } from './autosave';
import { defineAction } from './types';

/** Remember the open project in the page URL, so a reload reopens it. */
function rememberInUrl(dir: string): void {
  try {
    const url = new URL(window.location.href);
    url.searchParams.set('project', dir);
    window.history.replaceState(null, '', url);
  } catch {
    // not in a page (tests)
  }
}

/** Show an opened (or created) project in the editor; offers recovery when an autosave is newer. */
export function showOpened(opened: OpenedProject): void {
  const s = editor();
  s.loadDocument({ dir: opened.dir, project: opened.project, callbacks: opened.callbacks, components: opened.components ?? {} });
  s.setProblems(opened.problems);
  s.setDataTypes(opened.dataTypes ?? []);
  // Before the preview asks for it: an untrusted folder opens in restricted mode.
  useTrust.getState().set(opened.dir, opened.trust ?? 'trusted');
  rememberInUrl(opened.dir);
  if (opened.recovery) editor().openDialog({ kind: 'recovery', savedAt: opened.recovery.savedAt });
}

/** Before leaving a project with unsaved changes, park them in its autosave so nothing is lost. */
export async function parkUnsavedChanges(): Promise<void> {
  const s = editor();
  if (s.dirty && s.dir) {
    const { error } = await autosaveNow();
    if (error) toast.warning(`Unsaved changes of ${s.project.name} could not be autosaved: ${error}`);
    else toast.info(`Unsaved changes of ${s.project.name} kept in its autosave`);
  }
}

/** Open the project in `dir`. Errors become toasts; the current project stays as it was. */
export async function openProject(dir: string): Promise<boolean> {
  const path = dir.trim();
  if (!path) return false;
  editor().setBusy('opening', true);
  try {
    const opened = await getHost().call('project:open', { dir: path });
    await parkUnsavedChanges();
    showOpened(opened);
    return true;
  } catch (err) {
    toast.error(`Could not open ${path}: ${errorText(err)}`);
    return false;
  } finally {
    editor().setBusy('opening', false);
  }
}

/** Ctrl+O: the native folder picker in Electron, the path dialog in a browser. */
export async function openWithPicker(): Promise<void> {
  const host = getHost();
  if (host.kind === 'electron') {
    try {
      const { dir } = await host.call('project:chooseDir', { purpose: 'open' });
      if (dir) await openProject(dir);
    } catch (err) {
      toast.error(errorText(err));
    }
    return;
  }
  editor().openDialog({ kind: 'open' });
}

export const openAction = defineAction({
  name: 'open',
  label: 'Open project…',
  group: 'File',
  shortcuts: ['Mod+O'],
  icon: FolderOpen,
  inTextFields: true,
  global: true,
  run: openWithPicker,
});
