import { ShieldCheck } from 'lucide-react';
import { toast } from 'sonner';
import type { Problem } from '../../runtime/schema';
import { errorText, getHost } from '../host';
import { editor } from '../state/editorStore';
import { defineAction, hasProject } from './types';

/** Ask the host to validate the current document; stores and returns the problems. */
export async function validateNow(): Promise<Problem[]> {
  const s = editor();
  const doc = { project: s.project, callbacks: s.callbacks, components: s.components };
  const { problems } = await getHost().call('project:validate', s.dir ? { ...doc, dir: s.dir } : doc);
  const now = editor();
  // Drop answers about a document that has changed since (a newer request is on its way).
  if (now.project === doc.project && now.callbacks === doc.callbacks) now.setProblems(problems);
  return problems;
}

export async function validateWithToast(): Promise<void> {
  try {
    const problems = await validateNow();
    const errors = problems.filter((p) => p.severity === 'error').length;
    if (problems.length === 0) toast.success('No problems found');
    else {
      toast.warning(`${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`);
      editor().setBottomTab('problems');
    }
  } catch (err) {
    toast.error(`Validation failed: ${errorText(err)}`);
  }
}

export const validateAction = defineAction({
  name: 'validate',
  label: 'Validate project',
  group: 'File',
  shortcuts: ['Shift+Mod+V'],
  icon: ShieldCheck,
  enabled: hasProject,
  run: validateWithToast,
});
