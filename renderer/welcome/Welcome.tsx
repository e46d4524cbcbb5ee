import { FilePlus2, Folder, FolderOpen, Loader2 } from 'lucide-react';
import { openProject, openWithPicker } from '../actions/open';
import { folderName, useRecent } from '../dialogs/useRecent';
import { Logo } from '../editor/Logo';
import { useEditor } from '../state/store';

/** Shown when no project is open: open, create from a template, or pick a recent project. */
export function Welcome() {
  const recent = useRecent();
  const opening = useEditor((s) => s.session.busy.opening);
  const openDialog = useEditor((s) => s.openDialog);
  return (
    <main className="welcome">
      <div className="welcome-card">
        <div className="welcome-head">
          <Logo />
          <p className="muted">Draw a dashboard, wire typed callbacks, preview it live, export a server.</p>
        </div>
        <div className="welcome-actions">
          <button type="button" className="welcome-action" data-testid="welcome-new" onClick={() => openDialog({ kind: 'new' })}>
            <FilePlus2 size={18} strokeWidth={1.75} aria-hidden />
            <span>
              <strong>New from template</strong>
              <span className="muted">Start from an example project</span>
            </span>
          </button>
          <button type="button" className="welcome-action" data-testid="welcome-open" onClick={() => void openWithPicker()}>
            <FolderOpen size={18} strokeWidth={1.75} aria-hidden />
            <span>
              <strong>Open…</strong>
              <span className="muted">A folder with a dashwright.json</span>
            </span>
          </button>
        </div>
        <section className="welcome-recent" aria-label="Recent projects">
          <h2 className="section-title">Recent</h2>
          {opening && (
            <p className="muted">
              <Loader2 size={14} className="spin" aria-hidden /> Opening…
            </p>
          )}
          {recent.length === 0 ? (
            <p className="empty-note">No recent projects.</p>
          ) : (
            <ul className="recent-list">
              {recent.map((dir) => (
                <li key={dir}>
                  <button type="button" className="recent-item" data-testid="welcome-recent" title={dir} onClick={() => void openProject(dir)}>
                    <Folder size={14} aria-hidden />
                    <span className="recent-name">{folderName(dir)}</span>
                    <span className="recent-dir">{dir}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
