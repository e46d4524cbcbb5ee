import { useEffect } from 'react';
import { openProject } from '../actions/open';

let started = false;

/** `?project=<dir>` in the page URL opens that project on start (once, even under StrictMode). */
export function useStartup(): void {
  useEffect(() => {
    if (started) return;
    started = true;
    const dir = new URLSearchParams(window.location.search).get('project');
    if (dir) void openProject(dir);
  }, []);
}
