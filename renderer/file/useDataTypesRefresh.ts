import { useEffect } from 'react';
import { getHost } from '../host';
import { editor } from '../state/editorStore';

/** Re-reads the types of the project's data/ files when the window regains focus (files may have been added or edited outside). */
export function useDataTypesRefresh(): void {
  useEffect(() => {
    const refresh = (): void => {
      const { dir } = editor();
      if (!dir) return;
      getHost()
        .call('project:dataTypes', { dir })
        .then(({ files }) => {
          const s = editor();
          if (s.dir === dir && JSON.stringify(files) !== JSON.stringify(s.session.dataTypes)) s.setDataTypes(files);
        })
        .catch(() => {
          // the folder went away: keep what we had; saving will say what is wrong
        });
    };
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, []);
}
