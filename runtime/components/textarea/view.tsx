import { useId, useLayoutEffect, useRef, type ReactElement } from 'react';
import { useDebouncedText } from '../shared/useDebouncedText';
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
  const typing = useDebouncedText(ref, {
    debounceMs,
    commit: (text) => setProp('value', text),
    commitsOn: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey),
  });

  // Follow the prop when a callback changes it, unless the user has typing pending.
  useLayoutEffect(() => {
    const el = ref.current!;
    if (!typing.pending() && el.value !== props.value) el.value = props.value;
  }, [props.value, typing]);

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
