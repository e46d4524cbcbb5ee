import { Folder, Loader2 } from 'lucide-react';
import { useState } from 'react';
import { openProject } from '../actions/open';
import { useEditor } from '../state/store';
import { Modal } from './Modal';
import { PathField } from './PathField';
import { folderName, useRecent } from './useRecent';

/** Browser mode's Open: a folder path, or one of the recent projects. */
export function OpenDialog({ onClose }: { onClose: () => void }) {
  const [path, setPath] = useState('');
  const recent = useRecent();
  const opening = useEditor((s) => s.session.busy.opening);
  const open = (dir: string) => void openProject(dir);
  return (
    <Modal
      title="Open project"
      onClose={onClose}
      onSubmit={() => open(path)}
      busy={opening}
      footer={
        <>
          <button type="button" className="btn btn-default" onClick={onClose} disabled={opening}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" data-testid="dialog-confirm" disabled={!path.trim() || opening}>
            {opening && <Loader2 size={14} className="spin" aria-hidden />} Open
          </button>
        </>
      }
    >
      <PathField label="Project folder" value={path} onChange={setPath} purpose="open" placeholder="/path/to/my-dashboard" help="The folder that holds dashwright.json." />
      {recent.length > 0 && (
        <div className="field">
          <span className="field-label">Recent</span>
          <ul className="recent-list">
            {recent.map((dir) => (
              <li key={dir}>
                <button type="button" className="recent-item" data-testid="recent-item" onClick={() => setPath(dir)} onDoubleClick={() => open(dir)} title={dir}>
                  <Folder size={14} aria-hidden />
                  <span className="recent-name">{folderName(dir)}</span>
                  <span className="recent-dir">{dir}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Modal>
  );
}
