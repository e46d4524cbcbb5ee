import { useEffect } from 'react';
import { validateNow } from '../actions/validate';
import { useEditor } from '../state/editorStore';

export const VALIDATE_DEBOUNCE_MS = 400;

/** Re-validate on the host a moment after the document stops changing (and once on open). */
export function useAutoValidate(): void {
  useEffect(() => {
    let timer: number | undefined;
    const schedule = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        // Background check: a failure leaves the last list (the Validate button reports errors).
        validateNow().catch(() => undefined);
      }, VALIDATE_DEBOUNCE_MS);
    };
    schedule();
    const unsubscribe = useEditor.subscribe((s, prev) => {
      if (s.project !== prev.project || s.callbacks !== prev.callbacks) schedule();
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);
}
