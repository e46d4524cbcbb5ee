import { useEffect, useRef, type RefObject } from 'react';
import { usePanelRef, type PanelImperativeHandle } from 'react-resizable-panels';
import { useEditor } from '../state/store';

/**
 * In Preview the app gets the width: the palette and the inspector fold away, and come back as
 * they were when the user returns to Design or Split.
 */
export function usePreviewFocus(): { sidebar: RefObject<PanelImperativeHandle | null>; inspector: RefObject<PanelImperativeHandle | null> } {
  const sidebar = usePanelRef();
  const inspector = usePanelRef();
  const preview = useEditor((s) => s.session.view === 'preview');
  const folded = useRef<PanelImperativeHandle[]>([]);
  useEffect(() => {
    if (preview) {
      folded.current = [sidebar.current, inspector.current].filter((p): p is PanelImperativeHandle => p !== null && !p.isCollapsed());
      for (const panel of folded.current) panel.collapse();
    } else {
      for (const panel of folded.current) if (panel.isCollapsed()) panel.expand();
      folded.current = [];
    }
  }, [preview, sidebar, inspector]);
  return { sidebar, inspector };
}
