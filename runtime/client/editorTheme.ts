import { useEffect, useState } from 'react';
import { parsePreviewMessage, previewMessage } from '../contracts/previewMessages';

/**
 * Inside the editor's preview: the editor's theme as it posts it (dashwright:theme), so a
 * project that sets no theme mode looks like the editor around it. Null in a standalone app.
 */
export function useEditorTheme(): 'light' | 'dark' | null {
  const [mode, setMode] = useState<'light' | 'dark' | null>(null);
  useEffect(() => {
    if (typeof window === 'undefined' || window.parent === window) return;
    const onMessage = (event: MessageEvent): void => {
      const message = parsePreviewMessage('dashwright:theme', event.data);
      if (message) setMode(message.mode);
    };
    window.addEventListener('message', onMessage);
    // The editor may have posted before this listened: ask again.
    window.parent.postMessage(previewMessage('dashwright:ready', {}), '*');
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return mode;
}
