import { useEffect, type RefObject } from 'react';
import { parsePreviewMessage, previewMessage } from '../../runtime/contracts/previewMessages';
import { normalizePagePath, pageAt } from '../../runtime/schema/pages';
import { editor } from '../state/editorStore';
import { setCurrentPage, useCurrentPage } from '../state/page';

/**
 * The preview shows the canvas's page: on each page switch, and whenever the page in the frame
 * (re)starts (dashwright:ready), the editor tells it which page (dashwright:navigate). Links and
 * back/forward inside the preview move it on their own, and the canvas follows
 * (dashwright:page) to a path that is one of the project's pages.
 */
export function usePreviewPage(frame: RefObject<HTMLIFrameElement | null>, url: string | null): void {
  const page = useCurrentPage();
  useEffect(() => {
    if (page === undefined) return;
    const post = (): void => frame.current?.contentWindow?.postMessage(previewMessage('dashwright:navigate', { path: page }), '*');
    post();
    const onMessage = (event: MessageEvent): void => {
      if (event.source !== frame.current?.contentWindow) return;
      if (parsePreviewMessage('dashwright:ready', event.data)) post();
      const shown = parsePreviewMessage('dashwright:page', event.data);
      const there = shown ? pageAt(editor().project.pages, shown.path) : undefined;
      if (there && normalizePagePath(there.path) !== normalizePagePath(page)) setCurrentPage(there.path);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame, page, url]);
}
