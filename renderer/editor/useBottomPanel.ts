import { useCallback, useEffect, type RefObject } from 'react';
import { usePanelRef, type PanelImperativeHandle } from 'react-resizable-panels';
import { editor } from '../state/editorStore';
import { useEditor } from '../state/store';

/**
 * Keep the bottom panel's collapsed state and the session in step both ways: tab clicks and
 * Ctrl+J collapse/expand the panel; dragging it shut updates the session.
 */
export function useBottomPanel(): { ref: RefObject<PanelImperativeHandle | null>; onResize: () => void } {
  const ref = usePanelRef();
  const collapsed = useEditor((s) => s.session.bottomCollapsed);
  useEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    if (collapsed && !panel.isCollapsed()) panel.collapse();
    if (!collapsed && panel.isCollapsed()) panel.expand();
  }, [collapsed, ref]);
  const onResize = useCallback(() => {
    const panel = ref.current;
    if (panel && panel.isCollapsed() !== editor().session.bottomCollapsed) editor().setBottomCollapsed(panel.isCollapsed());
  }, [ref]);
  return { ref, onResize };
}
