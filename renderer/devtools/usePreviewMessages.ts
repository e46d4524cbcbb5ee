import { useEffect } from 'react';
import { openCallbackCode } from '../graph/open';
import { useEditor } from '../state/store';
import { usePreviewValues } from '../preview/previewValues';
import { listenToPreview, useCascades } from './cascadeStore';

/** The preview iframe's window (PreviewPane renders it), if it is on the page. */
export function previewWindow(): Window | null {
  return document.querySelector<HTMLIFrameElement>('iframe[data-testid="preview-frame"]')?.contentWindow ?? null;
}

/**
 * Record the cascades the preview reports (for the Dev tools tab, whether or not it is showing)
 * and the values its app produced (for the design canvas), and open a callback's code when the
 * preview's error overlay asks. Cleared when another
 * project opens. Mount once (the bottom panel does).
 */
export function usePreviewMessages(): void {
  useEffect(
    () =>
      listenToPreview(window, previewWindow, {
        onCascade: (cascade) => useCascades.getState().add(cascade),
        onOpenCallback: openCallbackCode,
        onValues: (reset, values) => usePreviewValues.getState().receive(reset, values),
      }),
    [],
  );
  useEffect(
    () =>
      useEditor.subscribe((s, prev) => {
        if (s.dir === prev.dir) return;
        useCascades.getState().clear();
        usePreviewValues.getState().clear();
      }),
    [],
  );
}
