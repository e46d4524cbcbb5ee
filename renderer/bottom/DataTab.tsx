import { Database, FileJson, FileSpreadsheet, FileUp, RefreshCw } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { toast } from 'sonner';
import { pickDataFiles, refreshDataTypes } from '../actions/importDataFiles';
import { errorText } from '../host';
import { editor } from '../state/editorStore';
import { useEditor } from '../state/store';
import { DataPreviewPane } from './DataPreviewPane';

/** While the Data tab is open, data/ is re-read this often (files added or edited outside show up). */
const WATCH_MS = 3000;

function refresh(): void {
  refreshDataTypes().catch((err: unknown) => toast.error(`Could not read data/: ${errorText(err)}`));
}

/**
 * The project's data/ files that callbacks read with ctx.data: add files (Import, or drop them
 * anywhere on the editor), pick one to see its rows, their count and the type its reader has in Monaco.
 */
export function DataTab() {
  const dataTypes = useEditor((s) => s.session.dataTypes);
  // The callbacks' SQL queries are typed alongside the files; they are not files.
  const files = useMemo(() => dataTypes.filter((f) => f.kind !== 'sql'), [dataTypes]);
  const dir = useEditor((s) => s.dir);
  const active = useEditor((s) => s.session.activeDataFile);
  const shown = active ?? files[0]?.name ?? null;

  useEffect(() => {
    if (!dir) return;
    const timer = window.setInterval(() => void refreshDataTypes().catch(() => undefined), WATCH_MS);
    return () => window.clearInterval(timer);
  }, [dir]);

  return (
    <div className="data-tab" data-testid="data-tab">
      <div className="data-bar">
        <span className="muted">{dir ? `${dir}/data` : 'Save the project to give it a data/ folder'}</span>
        <span className="spacer" />
        <button type="button" className="btn btn-ghost" onClick={pickDataFiles} disabled={!dir} data-testid="data-import">
          <FileUp size={13} aria-hidden /> Add files…
        </button>
        <button type="button" className="btn btn-ghost" onClick={refresh} disabled={!dir} data-testid="data-refresh">
          <RefreshCw size={13} aria-hidden /> Refresh
        </button>
      </div>
      {files.length === 0 && !active ? (
        <div className="placeholder">
          <Database size={20} strokeWidth={1.5} aria-hidden />
          <p>No JSON, CSV or Parquet files in data/ yet.</p>
          <p className="muted">Drop CSV, JSON or Parquet files onto the editor, or use Add files…; server callbacks read them with ctx.data.csv, ctx.data.json, ctx.data.parquet or ctx.data.text, and query them with ctx.data.sql.</p>
        </div>
      ) : (
        <div className="data-body">
          <ul className="data-list" aria-label="Data files">
            {files.map((f) => {
              const Icon = f.kind === 'json' ? FileJson : FileSpreadsheet;
              return (
                <li key={f.name}>
                  <button
                    type="button"
                    className={`data-list-item${f.name === shown ? ' is-active' : ''}`}
                    data-testid={`data-file-${f.name}`}
                    aria-current={f.name === shown ? 'true' : undefined}
                    onClick={() => editor().setActiveDataFile(f.name)}
                  >
                    <Icon size={14} aria-hidden />
                    {f.name}
                  </button>
                </li>
              );
            })}
          </ul>
          {shown && <DataPreviewPane key={shown} name={shown} typed={files.find((f) => f.name === shown)} />}
        </div>
      )}
    </div>
  );
}
