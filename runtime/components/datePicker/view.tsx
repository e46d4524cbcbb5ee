import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import { parseDay, withinDates } from '../shared/date';
import type { DatePickerProps } from './props';

/**
 * A native input[type=date] with min/max. Listens to the DOM's own input/change events (a test
 * sets `.value` and dispatches one); an emptied field sets date to null. A day outside
 * [minDate, maxDate] (the browser lets one be typed) is not taken: the field is marked invalid.
 */
export function DatePickerView({ props, setProp, mode }: ViewProps<DatePickerProps>): ReactElement {
  const controlId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const { label, date, minDate, maxDate, clearable, disabled } = props;
  const latest = useRef({ setProp, date, minDate, maxDate });
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    latest.current = { setProp, date, minDate, maxDate };
  });

  useEffect(() => {
    const el = ref.current!;
    const onChange = (): void => {
      const { setProp: commit, date: current, minDate: min, maxDate: max } = latest.current;
      const next = parseDay(el.value);
      if (next === undefined) return;
      const ok = next === null || withinDates(next, min, max);
      setInvalid(!ok);
      if (ok && next !== current) commit('date', next);
    };
    el.addEventListener('input', onChange);
    el.addEventListener('change', onChange);
    return () => {
      el.removeEventListener('input', onChange);
      el.removeEventListener('change', onChange);
    };
  }, []);

  useLayoutEffect(() => {
    const el = ref.current!;
    if (el.value !== (date ?? '')) el.value = date ?? '';
    setInvalid(false);
  }, [date]);

  const design = mode === 'design';
  return (
    <div className="dw-field">
      {label ? <label className="dw-label" htmlFor={controlId}>{label}</label> : null}
      <div className="dw-date-wrap">
        <input
          ref={ref}
          id={controlId}
          className="dw-input dw-date"
          type="date"
          defaultValue={date ?? ''}
          min={minDate ?? undefined}
          max={maxDate ?? undefined}
          disabled={disabled}
          aria-label={label ? undefined : 'Date'}
          aria-invalid={invalid ? 'true' : undefined}
          tabIndex={design ? -1 : undefined}
        />
        {clearable && date !== null && !disabled ? (
          <button type="button" className="dw-clear dw-date-clear" aria-label={label ? `Clear ${label}` : 'Clear date'} title="Clear" onClick={() => setProp('date', null)} tabIndex={design ? -1 : undefined}>
            ×
          </button>
        ) : null}
      </div>
    </div>
  );
}
