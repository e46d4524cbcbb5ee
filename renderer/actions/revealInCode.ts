import { editor } from '../state/editorStore';

/**
 * Open a callback's or a project component's source in the code panel with the cursor on
 * `line` (1-based) and the editor focused. Returns false when `file` names neither.
 */
export function revealInCode(file: string, line = 1, column = 1): boolean {
  const s = editor();
  const callback = /^callbacks\/([A-Za-z][A-Za-z0-9_-]*)\.ts$/.exec(file)?.[1];
  const component = /^components\/([^/]+)\/index\.tsx$/.exec(file)?.[1];
  if (callback !== undefined && s.project.callbacks.some((c) => c.id === callback)) s.setActiveCallback(callback);
  else if (component !== undefined && Object.hasOwn(s.components, component)) s.setActiveComponent(component);
  else return false;
  s.setBottomTab('callbacks');
  editor().setCodeReveal({ file, line: Math.max(1, Math.floor(line)), column: Math.max(1, Math.floor(column)) });
  return true;
}

/** "components/gauge/index.tsx:29" → the file and line a problem's path names, if it names one. */
export function fileAndLine(path: string, line?: number, column?: number): { file: string; line: number; column: number } | null {
  const m = /^((?:callbacks\/[^:]+\.ts)|(?:components\/[^/]+\/index\.tsx))(?::(\d+))?/.exec(path);
  if (!m) return null;
  return { file: m[1]!, line: line ?? (m[2] ? Number(m[2]) : 1), column: column ?? 1 };
}
