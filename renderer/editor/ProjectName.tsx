import { useState } from 'react';
import { renameProject } from '../actions/renameProject';
import { useEditor } from '../state/store';

/** The project name; click to rename (Enter commits, Escape cancels). */
export function ProjectName() {
  const name = useEditor((s) => s.project.name);
  const dirty = useEditor((s) => s.dirty);
  const dir = useEditor((s) => s.dir);
  const [draft, setDraft] = useState<string | null>(null);

  if (draft !== null) {
    const commit = () => {
      renameProject(draft);
      setDraft(null);
    };
    return (
      <input
        className="project-name-input"
        data-testid="toolbar-project-name-input"
        aria-label="Project name"
        autoFocus
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    );
  }
  return (
    <button type="button" className="project-name" data-testid="toolbar-project-name" title={dir ? `${dir} — click to rename` : 'Click to rename'} onClick={() => setDraft(name)}>
      <span>{name}</span>
      {dirty && <span className="dirty-dot" data-testid="dirty-marker" aria-label="unsaved changes" />}
    </button>
  );
}
