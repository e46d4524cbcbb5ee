import { useEffect, useRef, useState, type RefObject } from 'react';
import { getHost } from '../host';
import { editor, useEditor } from '../state/editorStore';
import { useTrust } from '../trust/trustStore';
import { previewMessage } from '../../runtime/contracts/previewMessages';
import { createPreviewSync } from './previewSync';

export interface PreviewState {
  url: string | null;
  error: string | null;
  reload(): void;
}

/**
 * Keep the preview app in step with the document while it is visible: `preview:update`
 * ~100 ms after each change; the iframe src is set once, later updates post a reload message
 * so the page re-reads its spec and keeps the values the user set.
 */
export function usePreviewSync(frame: RefObject<HTMLIFrameElement | null>, visible: boolean): PreviewState {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const syncRef = useRef<ReturnType<typeof createPreviewSync> | null>(null);

  useEffect(() => {
    const sync = createPreviewSync(getHost(), () => ({ project: editor().project, callbacks: editor().callbacks, components: editor().components, dir: editor().dir }), {
      onUrl: setUrl,
      onReload: () => frame.current?.contentWindow?.postMessage(previewMessage('dashwright:reload', {}), '*'),
      onError: setError,
    });
    syncRef.current = sync;
    return () => {
      sync.stop();
      syncRef.current = null;
    };
  }, [frame]);

  useEffect(() => {
    if (!visible) return;
    const sync = syncRef.current;
    if (!sync) return;
    void sync.flush();
    const offEdits = useEditor.subscribe((s, prev) => {
      if (s.project !== prev.project || s.callbacks !== prev.callbacks || s.components !== prev.components) sync.schedule();
    });
    // Trusted (or back to restricted): the host now compiles the callbacks (or not); start the page afresh.
    const offTrust = useTrust.subscribe((s, prev) => {
      if (s.trust === prev.trust && s.dir === prev.dir) return;
      sync.invalidate();
      void sync.flush().then(() => {
        const el = frame.current;
        if (el) el.setAttribute('src', el.getAttribute('src') ?? '');
      });
    });
    return () => {
      offEdits();
      offTrust();
    };
  }, [visible, frame]);

  return {
    url,
    error,
    reload: () => {
      syncRef.current?.invalidate();
      void syncRef.current?.flush();
      // Re-assigning src reloads even a cross-origin page (location.reload() would be refused).
      const el = frame.current;
      if (el) el.setAttribute('src', el.getAttribute('src') ?? '');
    },
  };
}
