import { ExternalLink, Loader2, RotateCw, ShieldAlert, TriangleAlert } from 'lucide-react';
import { useRef } from 'react';
import { useEditor } from '../state/editorStore';
import { isRestricted, useTrust } from '../trust/trustStore';
import { usePreviewSync } from './usePreviewSync';

/** The running app, served by the runtime server through the host; updates a moment after each edit. */
export function PreviewPane({ visible }: { visible: boolean }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const { url, error, reload } = usePreviewSync(frame, visible);
  const dir = useEditor((s) => s.dir);
  const restricted = useTrust((s) => isRestricted(s, dir));
  return (
    <section className="preview" aria-label="Preview">
      <div className="preview-bar">
        <span className="preview-title">Preview</span>
        <span className="preview-url" title={url ?? undefined}>
          {url ?? 'starting…'}
        </span>
        <button type="button" className="btn btn-ghost btn-icon" title="Reload the preview (resets values)" onClick={reload} disabled={!url}>
          <RotateCw size={14} aria-hidden />
        </button>
        {url && (
          <a className="btn btn-ghost btn-icon" href={url} target="_blank" rel="noreferrer" title="Open in a browser tab">
            <ExternalLink size={14} aria-hidden />
          </a>
        )}
      </div>
      {restricted && (
        <p className="preview-restricted" role="status" data-testid="preview-restricted">
          <ShieldAlert size={14} aria-hidden /> Restricted mode: callbacks do not run until you trust this folder.
        </p>
      )}
      {error && (
        <p className="preview-error" role="status">
          <TriangleAlert size={14} aria-hidden /> Preview not updated: {error}
        </p>
      )}
      <div className="preview-body">
        {url ? (
          <iframe ref={frame} data-testid="preview-frame" title="App preview" src={url} className="preview-frame" />
        ) : (
          <div className="placeholder">
            {error ? <TriangleAlert size={20} strokeWidth={1.5} aria-hidden /> : <Loader2 size={20} className="spin" aria-hidden />}
            <p>{error ? 'The preview server is not available.' : 'Starting the preview…'}</p>
          </div>
        )}
      </div>
    </section>
  );
}
