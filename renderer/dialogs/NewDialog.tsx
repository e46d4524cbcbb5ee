import { Loader2 } from 'lucide-react';
import { useState } from 'react';
import { createProject } from '../actions/newProject';
import { useEditor } from '../state/store';
import { Modal } from './Modal';
import { PathField } from './PathField';
import { useTemplates } from './useTemplates';

/** New project: a folder to create and a template to start from. */
export function NewDialog({ onClose }: { onClose: () => void }) {
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const { templates, error, loading } = useTemplates();
  const busy = useEditor((s) => s.session.busy.opening);
  const template = chosen ?? templates[0]?.name ?? '';
  const ready = Boolean(path.trim() && template) && !busy;
  return (
    <Modal
      title="New project from template"
      wide
      onClose={onClose}
      onSubmit={() => ready && void createProject(path, template, name)}
      busy={busy}
      footer={
        <>
          <button type="button" className="btn btn-default" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" data-testid="dialog-confirm" disabled={!ready}>
            {busy && <Loader2 size={14} className="spin" aria-hidden />} Create
          </button>
        </>
      }
    >
      <PathField label="New project folder" value={path} onChange={setPath} purpose="new" placeholder="/path/to/new-dashboard" help="Created if missing; must be empty." />
      <div className="field">
        <label className="field-label" htmlFor="dw-dialog-name">
          Name <span className="muted">(optional)</span>
        </label>
        <input id="dw-dialog-name" className="input" data-testid="dialog-name-input" value={name} placeholder="Taken from the folder when empty" onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <span className="field-label">Template</span>
        {loading && <p className="field-help">Loading templates…</p>}
        {error && <p className="field-error">Could not list templates: {error}</p>}
        <div className="template-grid" role="radiogroup" aria-label="Template" data-testid="dialog-templates">
          {templates.map((t) => (
            <label key={t.name} className={`template${t.name === template ? ' is-active' : ''}`} data-testid={`template-${t.name}`}>
              <input type="radio" name="template" value={t.name} checked={t.name === template} onChange={() => setChosen(t.name)} />
              <span className="template-name">{t.name}</span>
              <span className="template-desc">{t.description}</span>
            </label>
          ))}
        </div>
      </div>
    </Modal>
  );
}
