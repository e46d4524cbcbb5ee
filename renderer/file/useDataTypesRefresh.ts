import { useEffect } from 'react';
import { refreshDataTypes } from '../actions/importDataFiles';

/** Re-reads the types of the project's data/ files when the window regains focus (files may have been added or edited outside). */
export function useDataTypesRefresh(): void {
  useEffect(() => {
    // The folder went away: keep what we had; saving will say what is wrong.
    const refresh = (): void => void refreshDataTypes().catch(() => undefined);
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, []);
}
