/**
 * What the editor window remembers between runs (theme, view mode, panel sizes) in
 * localStorage; a page without storage (sandboxed) just does not remember.
 */
export function readPreference(key: string): string | null {
  try {
    return typeof window === 'undefined' ? null : (window.localStorage?.getItem(key) ?? null);
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    window.localStorage?.setItem(key, value);
  } catch {
    // not remembered; still applied
  }
}

/** Storage for react-resizable-panels' saved layouts, tolerant of a page without storage. */
export const panelStorage = {
  getItem: (key: string): string | null => readPreference(key),
  setItem: (key: string, value: string): void => writePreference(key, value),
};
