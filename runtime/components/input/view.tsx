import { useId, useLayoutEffect, useRef, type ReactElement } from 'react';
import { useDebouncedText } from '../shared/useDebouncedText';
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
  const label = props.label;
  const typing = useDebouncedText(ref, {
    debounceMs,
    commit: (text) => {
      const value = parse(text, numeric);
      if (value !== undefined) setProp('value', value);
    },
    commitsOn: (e) => e.key === 'Enter',
  });

  // Follow the prop when a callback (or reload) changes it, unless the user has typing pending.
  useLayoutEffect(() => {
    const el = ref.current!;
    if (typing.pending()) return;
    if (parse(el.value, numeric) !== props.value) el.value = toText(props.value);
  }, [props.value, numeric, typing]);

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
