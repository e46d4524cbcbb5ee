import { useEffect } from 'react';
import { toast } from 'sonner';
import { autosaveNow } from '../actions/autosave';

export const AUTOSAVE_INTERVAL_MS = 4000;

/** Every few seconds, park unsaved changes in the host's autosave slot (crash recovery). */
export function useAutosave(): void {
  useEffect(() => {
    let failing = false;
    const timer = window.setInterval(() => {
      void autosaveNow().then(({ error }) => {
        if (error && !failing) toast.warning(`Autosave failed: ${error}`);
        failing = Boolean(error);
      });
    }, AUTOSAVE_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, []);
}
