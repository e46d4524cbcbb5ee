import { Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { DataFileType, DataPreview } from '../../runtime/contracts/hostChannels';
import { errorText, getHost } from '../host';
import { useEditor } from '../state/store';
import { formatType } from './formatType';

function copy(text: string): void {
  navigator.clipboard?.writeText(text).then(
    () => toast.success('Copied'),
    () => toast.error('Could not copy to the clipboard'),
  );
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One data/ file: how a callback reads it, its type, its row count and its first 100 rows. */
export function DataPreviewPane({ name, typed }: { name: string; typed: DataFileType | undefined }) {
  const dir = useEditor((s) => s.dir);
  const [preview, setPreview] = useState<DataPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Re-read when the file's type changes (the file changed on disk).
  const version = typed?.tsType ?? '';
  useEffect(() => {
    if (!dir) return;
    let live = true;
    setError(null);
    getHost()
      .call('data:preview', { dir, name })
      .then((p) => live && setPreview(p), (err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [dir, name, version]);

  const reader = typed ? `await ctx.data.${typed.kind}('${name}')` : `await ctx.data.text('${name}')`;
  return (
    <section className="data-preview" data-testid={`data-preview-${name}`} aria-label={`Preview of ${name}`}>
      <header className="data-preview-head">
        <strong>{name}</strong>
        {preview && (
          <span className="muted" data-testid="data-preview-count">
            {preview.rowCount !== undefined ? `${preview.rowCount.toLocaleString()} row${preview.rowCount === 1 ? '' : 's'}` : preview.kind} · {size(preview.bytes)}
            {preview.rowCount !== undefined && preview.rowCount > preview.rows.length ? ` · first ${preview.rows.length} shown` : ''}
          </span>
        )}
        <code className="data-reader">{reader}</code>
        <button type="button" className="btn btn-ghost btn-icon" title="Copy the reader" aria-label={`Copy the reader of ${name}`} onClick={() => copy(reader)}>
          <Copy size={13} aria-hidden />
        </button>
      </header>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {typed && (
        <details className="data-type-details">
          <summary>Type in callbacks</summary>
          <pre className="data-type" data-testid={`data-type-${name}`}>{formatType(typed.tsType)}</pre>
        </details>
      )}
      {preview && preview.columns.length > 0 && (
        <div className="data-table-wrap">
          <table className="data-table" data-testid="data-preview-table">
            <thead>
              <tr>
                {preview.columns.map((c) => (
                  <th key={c.name} scope="col">
                    <span>{c.name}</span>
                    <span className="data-col-type" data-testid={`data-col-type-${c.name}`}>{c.type}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, i) => (
                <tr key={i}>
                  {preview.columns.map((c) => (
                    <td key={c.name}>{cell(row[c.name])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview?.text !== undefined && <pre className="data-type">{preview.text}</pre>}
    </section>
  );
}
