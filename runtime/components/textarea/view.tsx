import { useEffect, useId, useLayoutEffect, useRef, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { TextareaProps } from './props';

/**
 * A native textarea. Typing commits `value` after `debounceMs` (at once when 0); blur and
 * Ctrl/Cmd+Enter commit what is pending. Enter alone is a new line, never a commit. Uses
 * native events so scripted input works like typing.
 */
export function TextareaView({ props, setProp, mode }: ViewProps<TextareaProps>): ReactElement {
  const controlId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const { label, debounceMs } = props;
  const latest = useRef({ setProp, debounceMs });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    latest.current = { setProp, debounceMs };
  });

  useEffect(() => {
    const el = ref.current!;
    const flush = (): void => {
      if (timer.current === null) return;
      clearTimeout(timer.current);
      timer.current = null;
      latest.current.setProp('value', el.value);
    };
    const onInput = (): void => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, latest.current.debounceMs);
      if (latest.current.debounceMs === 0) flush();
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) flush();
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
  }, []);

  // Follow the prop when a callback changes it, unless the user has typing pending.
  useLayoutEffect(() => {
    const el = ref.current!;
    if (timer.current === null && el.value !== props.value) el.value = props.value;
  }, [props.value]);

  return (
    <div className="dw-field dw-textarea-field">
      {label ? <label className="dw-label" htmlFor={controlId}>{label}</label> : null}
      <textarea
        ref={ref}
        id={controlId}
        className="dw-input dw-textarea"
        rows={props.rows}
        defaultValue={props.value}
        placeholder={props.placeholder || undefined}
        disabled={props.disabled}
        aria-label={label ? undefined : props.placeholder || 'Text'}
        tabIndex={mode === 'design' ? -1 : undefined}
      />
    </div>
  );
}
