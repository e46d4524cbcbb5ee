import { FileUp } from 'lucide-react';
import { toast } from 'sonner';
import { sqlQueriesIn } from '../../runtime/graph/sqlQueries';
import { errorText, getHost } from '../host';
import { editor } from '../state/editorStore';
import { defineAction, hasProject } from './types';

/** Above this, one file would not fit a host request (the browser host takes 50 MB bodies, base64 grows by a third). */
const MAX_FILE_BYTES = 35 * 1024 * 1024;

function base64Of(file: File): Promise<string> {
  return file.arrayBuffer().then((buffer) => {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
}

/** Re-reads the types of data/ and of the callbacks' literal ctx.data.sql queries (ctx.data's readers in Monaco follow). */
export async function refreshDataTypes(): Promise<void> {
  const { dir } = editor();
  if (!dir) return;
  const queries = sqlQueriesIn(Object.values(editor().callbacks));
  const { files } = await getHost().call('project:dataTypes', queries.length > 0 ? { dir, queries } : { dir });
  if (editor().dir === dir && JSON.stringify(files) !== JSON.stringify(editor().session.dataTypes)) editor().setDataTypes(files);
}

/**
 * Copy files (dropped onto the editor or picked) into the project's data/ folder, then show the
 * first in the Data panel. Files keep their names; one of the same name is replaced.
 */
export async function importDataFiles(files: readonly File[]): Promise<string[]> {
  const { dir } = editor();
  if (files.length === 0) return [];
  if (!dir) {
    toast.error('Save the project first: its data/ folder is where the files go.');
    return [];
  }
  const tooBig = files.find((f) => f.size > MAX_FILE_BYTES);
  if (tooBig) {
    toast.error(`${tooBig.name} is ${Math.round(tooBig.size / 1e6)} MB; copy files over ${MAX_FILE_BYTES / 1e6} MB into data/ yourself`);
    return [];
  }
  const existing = new Set(editor().session.dataTypes.map((f) => f.name));
  try {
    const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: await base64Of(f) })));
    const { written } = await getHost().call('data:import', { dir, files: payload });
    await refreshDataTypes();
    const replaced = written.filter((n) => existing.has(n));
    toast.success(`Added ${written.join(', ')} to data/`, replaced.length ? { description: `Replaced: ${replaced.join(', ')}` } : undefined);
    editor().setBottomTab('data');
    editor().setActiveDataFile(written[0] ?? null);
    return written;
  } catch (err) {
    toast.error(`Could not add the files to data/: ${errorText(err)}`);
    return [];
  }
}

/** Pick files to add to data/ (the Data panel's Import button and the command palette). */
export function pickDataFiles(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.csv,.json,.txt,.tsv,.parquet,.svg,.png,.jpg,.jpeg,.js';
  input.addEventListener('change', () => void importDataFiles([...(input.files ?? [])]));
  input.click();
}

export const importDataAction = defineAction({
  name: 'importData',
  label: 'Add data files…',
  group: 'File',
  icon: FileUp,
  enabled: hasProject,
  run: pickDataFiles,
});
