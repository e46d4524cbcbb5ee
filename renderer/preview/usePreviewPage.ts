import { useEffect, type RefObject } from 'react';
import { parsePreviewMessage, previewMessage } from '../../runtime/contracts/previewMessages';
import { useCurrentPage } from '../state/page';

/**
 * The preview shows the canvas's page: on each page switch, and whenever the page in the frame
 * (re)starts (dashwright:ready), the editor tells it which page (dashwright:navigate). Links and
 * back/forward inside the preview move it on their own.
 */
export function usePreviewPage(frame: RefObject<HTMLIFrameElement | null>, url: string | null): void {
  const page = useCurrentPage();
  useEffect(() => {
    if (page === undefined) return;
    const post = (): void => frame.current?.contentWindow?.postMessage(previewMessage('dashwright:navigate', { path: page }), '*');
    post();
    const onMessage = (event: MessageEvent): void => {
      if (event.source === frame.current?.contentWindow && parsePreviewMessage('dashwright:ready', event.data)) post();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame, page, url]);
}
