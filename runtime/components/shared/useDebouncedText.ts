import { useEffect, useMemo, useRef, type RefObject } from 'react';

export interface DebouncedText {
  /** Whether typing is waiting to be committed (then the field must not follow the prop). */
  pending(): boolean;
}

/**
 * Commits what is typed in a native text field `debounceMs` after the last keystroke (at once
 * when 0); a change event, blur and a key `commitsOn` accepts commit at once. Listens to the
 * DOM's own events, so a test that sets `.value` and dispatches `input` drives it like typing.
 */
export function useDebouncedText(
  ref: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
  options: { debounceMs: number; commit(text: string): void; commitsOn(e: KeyboardEvent): boolean },
): DebouncedText {
  const latest = useRef(options);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const el = ref.current!;
    const flush = (): void => {
      if (timer.current === null) return;
      clearTimeout(timer.current);
      timer.current = null;
      latest.current.commit(el.value);
    };
    const onInput = (): void => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, latest.current.debounceMs);
      if (latest.current.debounceMs === 0) flush();
    };
    const onKey = (e: Event): void => {
      if (latest.current.commitsOn(e as KeyboardEvent)) flush();
    };
    el.addEventListener('input', onInput);
    el.addEventListener('change', flush);
    el.addEventListener('blur', flush);
    el.addEventListener('keydown', onKey);
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      el.removeEventListener('input', onInput);
      el.removeEventListener('change', flush);
      el.removeEventListener('blur', flush);
      el.removeEventListener('keydown', onKey);
    };
  }, [ref]);

  return useMemo(() => ({ pending: () => timer.current !== null }), []);
}
