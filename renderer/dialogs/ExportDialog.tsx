import { Loader2 } from 'lucide-react';
import { useState } from 'react';
import { exportProject } from '../actions/exportProject';
import { useEditor } from '../state/store';
import { Modal } from './Modal';
import { PathField } from './PathField';

function suggestedOut(dir: string | null, name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'app';
  if (!dir) return '';
  const parent = dir.replace(/[\\/]+$/, '').replace(/[\\/][^\\/]*$/, '');
  return `${parent || '.'}/${slug}-app`;
}

/** Export: an output folder, a progress bar while the host builds the app, a toast with the result. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const dir = useEditor((s) => s.dir);
  const name = useEditor((s) => s.project.name);
  const exporting = useEditor((s) => s.session.busy.exporting);
  const [out, setOut] = useState(() => suggestedOut(dir, name));
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      title="Export a standalone app"
      onClose={onClose}
      onSubmit={() => {
        setError(null);
        void exportProject(out, setError);
      }}
      busy={exporting}
      footer={
        <>
          <button type="button" className="btn btn-default" onClick={onClose} disabled={exporting}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" data-testid="dialog-confirm" disabled={!out.trim() || exporting}>
            {exporting && <Loader2 size={14} className="spin" aria-hidden />} {exporting ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <PathField label="Output folder" value={out} onChange={(v) => { setOut(v); setError(null); }} purpose="export" placeholder="/path/to/out" help="Gets server.mjs, a Dockerfile, a README and Kubernetes manifests. Runs with node server.mjs, no npm install." />
      {error && (
        <p className="field-error export-error" role="alert" data-testid="export-error">
          Export failed: {error}
        </p>
      )}
      {exporting && (
        <div className="progress" role="progressbar" aria-label="Exporting" data-testid="export-progress">
          <div className="progress-bar" />
        </div>
      )}
    </Modal>
  );
}
