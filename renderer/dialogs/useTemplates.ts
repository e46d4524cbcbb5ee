import { useEffect, useState } from 'react';
import { errorText, getHost } from '../host';

export interface Template {
  name: string;
  description: string;
}

/** Templates the host can create projects from. */
export function useTemplates(): { templates: Template[]; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ templates: Template[]; error: string | null; loading: boolean }>({ templates: [], error: null, loading: true });
  useEffect(() => {
    let live = true;
    getHost()
      .call('templates:list', {})
      .then((r) => live && setState({ templates: r.templates, error: null, loading: false }))
      .catch((err: unknown) => live && setState({ templates: [], error: errorText(err), loading: false }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
