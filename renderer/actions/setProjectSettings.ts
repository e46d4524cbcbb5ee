import { Settings2 } from 'lucide-react';
import type { Layout, Project } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { defineAction, hasProject } from './types';

/** What the project settings dialog edits: the manifest's settings, theme and page grid. */
export interface ProjectSettingsPatch {
  settings?: Project['settings'];
  theme?: Project['theme'];
  layout?: Partial<Layout>;
  /** The project's onError handler (a callback id); undefined: none. */
  onError?: string | undefined;
}

/** Drop keys whose value is undefined, and the object itself when nothing is left. */
function pruned<T extends object>(value: T | undefined): T | undefined {
  if (!value) return undefined;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/** The project with the settings dialog's changes (pure). */
export function withProjectSettings(project: Project, patch: ProjectSettingsPatch): Project {
  const next: Project = { ...project };
  if ('settings' in patch) {
    const settings = pruned(patch.settings);
    if (settings) next.settings = settings;
    else delete next.settings;
  }
  if ('theme' in patch) {
    const theme = pruned(patch.theme);
    if (theme) next.theme = theme;
    else delete next.theme;
  }
  if (patch.layout) next.layout = { ...project.layout, ...patch.layout };
  if ('onError' in patch) {
    if (patch.onError) next.onError = patch.onError;
    else delete next.onError;
  }
  return next;
}

/** Apply the settings dialog: one undo step, "Project settings". */
export function setProjectSettings(patch: ProjectSettingsPatch): boolean {
  return editor().commit('Project settings', (doc) => {
    const project = withProjectSettings(doc.project, patch);
    return JSON.stringify(project) === JSON.stringify(doc.project) ? doc : { ...doc, project };
  });
}

export const projectSettingsAction = defineAction({
  name: 'projectSettings',
  label: 'Project settings…',
  group: 'File',
  icon: Settings2,
  shortcuts: ['Mod+,'],
  enabled: hasProject,
  run: () => editor().openDialog({ kind: 'settings' }),
});
