import { useEffect } from 'react';
import { actions } from '../actions';
import { actionForKey } from '../actions/shortcuts';
import { editor } from '../state/editorStore';

/** One window-level keydown listener that runs the matching action (see each action's `shortcuts`). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing) return;
      const s = editor();
      const modal = s.session.dialog !== null || s.session.commandPaletteOpen;
      const action = actionForKey(actions, e, s.session.screen === 'editor');
      if (!action) return;
      if (modal && action.name !== 'commandPalette') return;
      if (action.enabled && !action.enabled(s)) {
        // Still swallow the browser default of our own shortcuts (Ctrl+S saving the page…).
        if (e.ctrlKey || e.metaKey) e.preventDefault();
        return;
      }
      e.preventDefault();
      void action.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
