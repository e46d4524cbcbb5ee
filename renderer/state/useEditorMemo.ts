import { useCallback, useRef } from 'react';
import { useEditor } from './editorStore';
import type { EditorState } from './types';

/**
 * Like `useEditor(select)`, but keeps the previous result while `equal(previous, next)` holds,
 * so derived arrays (ids, grid rectangles) don't re-render their users on unrelated edits.
 * `select` and `equal` should be module-level (stable) functions.
 */
export function useEditorMemo<T>(select: (s: EditorState) => T, equal: (a: T, b: T) => boolean): T {
  const last = useRef<{ value: T } | null>(null);
  const stable = useCallback(
    (s: EditorState): T => {
      const next = select(s);
      if (last.current && equal(last.current.value, next)) return last.current.value;
      last.current = { value: next };
      return next;
    },
    [select, equal],
  );
  return useEditor(stable);
}

/** Arrays with the same items (compared with `same`) in the same order. */
export function sameArray<T>(same: (a: T, b: T) => boolean = Object.is) {
  return (a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => same(x, b[i]));
}
