import { PackageOpen } from 'lucide-react';
import { toast } from 'sonner';
import { errorText, getHost } from '../host';
import { editor } from '../state/editorStore';
import { defineAction, hasProject } from './types';

/**
 * Export the current document (saved or not) as a standalone app into `out`. A failure is told
 * to `onError` (the export dialog shows it by the field), else as a toast.
 */
export async function exportProject(out: string, onError?: (message: string) => void): Promise<boolean> {
  const path = out.trim();
  const s = editor();
  if (!path || s.session.busy.exporting) return false;
  s.setBusy('exporting', true);
  try {
    const request = s.dir
      ? { project: s.project, callbacks: s.callbacks, components: s.components, dir: s.dir, out: path }
      : { project: s.project, callbacks: s.callbacks, components: s.components, out: path };
    const result = await getHost().call('export:run', request);
    toast.success(`Exported ${result.files} files to ${result.outDir}`, { description: 'Run it with: node server.mjs' });
    editor().closeDialog();
    return true;
  } catch (err) {
    if (onError) onError(errorText(err));
    else toast.error(`Export failed: ${errorText(err)}`);
    return false;
  } finally {
    editor().setBusy('exporting', false);
  }
}

export const exportAction = defineAction({
  name: 'export',
  label: 'Export…',
  group: 'File',
  shortcuts: ['Shift+Mod+E'],
  icon: PackageOpen,
  enabled: hasProject,
  run: () => editor().openDialog({ kind: 'export' }),
});
