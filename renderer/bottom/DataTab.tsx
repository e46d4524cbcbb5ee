import { Copy, Database, FileJson, FileSpreadsheet, RefreshCw } from 'lucide-react';
import { toast } from 'sonner';
import { getHost, errorText } from '../host';
import { editor } from '../state/editorStore';
import { useEditor } from '../state/store';
import { formatType } from './formatType';

async function refresh(): Promise<void> {
  const { dir } = editor();
  if (!dir) return;
  try {
    const { files } = await getHost().call('project:dataTypes', { dir });
    if (editor().dir === dir) editor().setDataTypes(files);
  } catch (err) {
    toast.error(`Could not read data/: ${errorText(err)}`);
  }
}

function copy(text: string): void {
  navigator.clipboard?.writeText(text).then(
    () => toast.success('Copied'),
    () => toast.error('Could not copy to the clipboard'),
  );
}

/**
 * The project's data/ files that callbacks read with ctx.data, each with the type its content
 * gives the reader in Monaco; re-read on window focus or with Refresh.
 */
export function DataTab() {
  const files = useEditor((s) => s.session.dataTypes);
  const dir = useEditor((s) => s.dir);
  return (
    <div className="data-tab" data-testid="data-tab">
      <div className="data-bar">
        <span className="muted">{dir ? `${dir}/data` : 'Save the project to give it a data/ folder'}</span>
        <span className="spacer" />
        <button type="button" className="btn btn-ghost" onClick={() => void refresh()} disabled={!dir} data-testid="data-refresh">
          <RefreshCw size={13} aria-hidden /> Refresh
        </button>
      </div>
      {files.length === 0 ? (
        <div className="placeholder">
          <Database size={20} strokeWidth={1.5} aria-hidden />
          <p>No JSON or CSV files in data/ yet.</p>
          <p className="muted">Put them in the project's data/ folder; server callbacks read them with ctx.data.json, ctx.data.csv or ctx.data.text.</p>
        </div>
      ) : (
        <ul className="data-files">
          {files.map((f) => {
            const reader = `await ctx.data.${f.kind}('${f.name}')`;
            const Icon = f.kind === 'csv' ? FileSpreadsheet : FileJson;
            return (
              <li key={f.name} className="data-file" data-testid={`data-file-${f.name}`}>
                <div className="data-file-head">
                  <Icon size={14} aria-hidden />
                  <strong>{f.name}</strong>
                  <code className="data-reader">{reader}</code>
                  <button type="button" className="btn btn-ghost btn-icon" title="Copy the reader" aria-label={`Copy the reader of ${f.name}`} onClick={() => copy(reader)}>
                    <Copy size={13} aria-hidden />
                  </button>
                </div>
                <pre className="data-type" data-testid={`data-type-${f.name}`}>{formatType(f.tsType)}</pre>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
