import { useEffect, useId, useLayoutEffect, useRef, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { InputProps } from './props';

function toText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The typed value of the field, or undefined when a number field holds no valid number yet. */
function parse(text: string, numeric: boolean): string | number | null | undefined {
  if (!numeric) return text;
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A native input. Typing commits `value` after `debounceMs` (at once when 0); Enter and
 * blur commit what is pending. Uses native events so scripted input works like typing.
 */
export function InputView({ props, setProp, mode }: ViewProps<InputProps>): ReactElement {
  const controlId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const numeric = props.inputType === 'number';
  const debounceMs = props.debounceMs;
  const latest = useRef({ setProp, numeric, debounceMs });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const label = props.label;

  useEffect(() => {
    latest.current = { setProp, numeric, debounceMs };
  });

  useEffect(() => {
    const el = ref.current!;
    const flush = (): void => {
      if (timer.current === null) return;
      clearTimeout(timer.current);
      timer.current = null;
      const value = parse(el.value, latest.current.numeric);
      if (value !== undefined) latest.current.setProp('value', value);
    };
    const onInput = (): void => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, latest.current.debounceMs);
      if (latest.current.debounceMs === 0) flush();
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Enter') flush();
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

  // Follow the prop when a callback (or reload) changes it, unless the user has typing pending.
  useLayoutEffect(() => {
    const el = ref.current!;
    if (timer.current !== null) return;
    if (parse(el.value, numeric) !== props.value) el.value = toText(props.value);
  }, [props.value, numeric]);

  return (
    <div className="dw-field">
      {label ? <label className="dw-label" htmlFor={controlId}>{label}</label> : null}
      <input
        ref={ref}
        id={controlId}
        className="dw-input"
        type={numeric ? 'number' : 'text'}
        defaultValue={toText(props.value)}
        placeholder={props.placeholder || undefined}
        tabIndex={mode === 'design' ? -1 : undefined}
        autoComplete="off"
      />
    </div>
  );
}
