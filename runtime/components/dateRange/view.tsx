import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import { parseDay, withinDates } from '../shared/date';
import type { DateRangeProps } from './props';

type Which = 'start' | 'end';

/**
 * Two native input[type=date]: start, then end. The end field's min follows the start. A start
 * picked after the end MOVES the end to that same day (endDate is set first, so no intermediate
 * state has start after end); an end typed before the start is refused (the field is marked
 * invalid and keeps nothing), as is any day outside [minDate, maxDate]. Empty fields are null.
 */
export function DateRangeView({ props, setProp, mode }: ViewProps<DateRangeProps>): ReactElement {
  const baseId = useId();
  const startRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);
  const { label, startDate, endDate, minDate, maxDate, clearable, disabled } = props;
  const latest = useRef({ setProp, startDate, endDate, minDate, maxDate });
  const [invalid, setInvalid] = useState<Which | null>(null);

  useEffect(() => {
    latest.current = { setProp, startDate, endDate, minDate, maxDate };
  });

  useEffect(() => {
    const handle = (which: Which, el: HTMLInputElement) => (): void => {
      const { setProp: commit, startDate: start, endDate: end, minDate: min, maxDate: max } = latest.current;
      const next = parseDay(el.value);
      if (next === undefined) return;
      const inBounds = next === null || withinDates(next, min, max);
      if (which === 'start') {
        setInvalid(inBounds ? null : 'start');
        if (!inBounds || next === start) return;
        if (next !== null && end !== null && next > end) commit('endDate', next);
        commit('startDate', next);
      } else {
        const ok = inBounds && (next === null || start === null || next >= start);
        setInvalid(ok ? null : 'end');
        if (ok && next !== end) commit('endDate', next);
      }
    };
    const start = startRef.current!;
    const end = endRef.current!;
    const onStart = handle('start', start);
    const onEnd = handle('end', end);
    for (const type of ['input', 'change']) {
      start.addEventListener(type, onStart);
      end.addEventListener(type, onEnd);
    }
    return () => {
      for (const type of ['input', 'change']) {
        start.removeEventListener(type, onStart);
        end.removeEventListener(type, onEnd);
      }
    };
  }, []);

  useLayoutEffect(() => {
    if (startRef.current!.value !== (startDate ?? '')) startRef.current!.value = startDate ?? '';
    if (endRef.current!.value !== (endDate ?? '')) endRef.current!.value = endDate ?? '';
    setInvalid(null);
  }, [startDate, endDate]);

  const design = mode === 'design';
  const name = label || 'Dates';
  const endMin = startDate !== null && (minDate === null || startDate > minDate) ? startDate : minDate;
  const clear = (): void => {
    setProp('startDate', null);
    setProp('endDate', null);
  };
  return (
    <div className="dw-field">
      <div className="dw-field-head">
        {label ? <span className="dw-label" id={`${baseId}-label`}>{label}</span> : <span />}
        {clearable && (startDate !== null || endDate !== null) && !disabled ? (
          <button type="button" className="dw-date-range-clear" aria-label={`Clear ${name}`} title="Clear" onClick={clear} tabIndex={design ? -1 : undefined}>
            Clear
          </button>
        ) : null}
      </div>
      <div className="dw-date-range" role="group" aria-labelledby={label ? `${baseId}-label` : undefined} aria-label={label ? undefined : name}>
        <input ref={startRef} className="dw-input dw-date" type="date" defaultValue={startDate ?? ''} min={minDate ?? undefined} max={maxDate ?? undefined}
          disabled={disabled} aria-label={`${name} start`} aria-invalid={invalid === 'start' ? 'true' : undefined} tabIndex={design ? -1 : undefined} />
        <span className="dw-date-range-sep" aria-hidden="true">→</span>
        <input ref={endRef} className="dw-input dw-date" type="date" defaultValue={endDate ?? ''} min={endMin ?? undefined} max={maxDate ?? undefined}
          disabled={disabled} aria-label={`${name} end`} aria-invalid={invalid === 'end' ? 'true' : undefined} tabIndex={design ? -1 : undefined} />
      </div>
    </div>
  );
}
