import { useEffect } from 'react';
import { toast } from 'sonner';
import { autosaveNow, isSafeOnDisk } from '../actions/autosave';
import { useEditor } from '../state/store';

export const AUTOSAVE_INTERVAL_MS = 4000;
/** After an edit, the autosave follows this soon, so a crash or reload loses at most this much. */
export const AUTOSAVE_AFTER_EDIT_MS = 500;

/**
 * Parks unsaved changes in the host's autosave slot (crash recovery): shortly after each edit
 * and every few seconds. Leaving or reloading the page while the newest edit is not yet parked
 * asks first (the browser's "leave site?" prompt) and parks it meanwhile.
 */
export function useAutosave(): void {
  useEffect(() => {
    let failing = false;
    let soon: number | undefined;
    const run = (): void => {
      void autosaveNow().then(({ error }) => {
        if (error && !failing) toast.warning(`Autosave failed: ${error}`);
        failing = Boolean(error);
      });
    };
    const timer = window.setInterval(run, AUTOSAVE_INTERVAL_MS);
    const offEdits = useEditor.subscribe((s, prev) => {
      if (s.project === prev.project && s.callbacks === prev.callbacks && s.components === prev.components) return;
      window.clearTimeout(soon);
      soon = window.setTimeout(run, AUTOSAVE_AFTER_EDIT_MS);
    });
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (isSafeOnDisk()) return;
      run();
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(soon);
      offEdits();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
