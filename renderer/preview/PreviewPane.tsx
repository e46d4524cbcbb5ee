import { ExternalLink, Loader2, RotateCw, ShieldAlert, TriangleAlert } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { parsePreviewMessage, previewMessage } from '../../runtime/contracts/previewMessages';
import { useEditor } from '../state/editorStore';
import { isRestricted, useTrust } from '../trust/trustStore';
import { usePreviewSync } from './usePreviewSync';
import { usePreviewPage } from './usePreviewPage';

/** The running app, served by the runtime server through the host; updates a moment after each edit. */
export function PreviewPane({ visible }: { visible: boolean }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const { url, error, reload } = usePreviewSync(frame, visible);
  usePreviewPage(frame, url);
  const dir = useEditor((s) => s.dir);
  const restricted = useTrust((s) => isRestricted(s, dir));
  const theme = useEditor((s) => s.session.theme);
  const postTheme = (): void => frame.current?.contentWindow?.postMessage(previewMessage('dashwright:theme', { mode: theme }), '*');
  useEffect(postTheme, [theme, url]);
  // The page says when it listens (it may start after the frame's load event).
  useEffect(() => {
    const onMessage = (event: MessageEvent): void => {
      if (event.source === frame.current?.contentWindow && parsePreviewMessage('dashwright:ready', event.data)) postTheme();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  });
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
          <iframe ref={frame} data-testid="preview-frame" title="App preview" src={url} className="preview-frame" onLoad={postTheme} />
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
