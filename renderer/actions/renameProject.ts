import { editor } from '../state/editorStore';

export function renameProject(name: string): boolean {
  const trimmed = name.trim();
  if (!trimmed) return false;
  return editor().commit(`Rename project to ${trimmed}`, (doc) =>
    doc.project.name === trimmed ? doc : { ...doc, project: { ...doc.project, name: trimmed } },
  );
}
