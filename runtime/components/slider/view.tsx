import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { SliderProps } from './props';

function decimals(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}

/**
 * A native range input. Listens to the DOM's own input/change events (not React's), so a
 * test that sets `.value` and dispatches an event drives it like a user does. `input` fires
 * while the thumb moves, `change` when it is let go (or moved by the keyboard): in "mouseup"
 * mode only `change` sets `value`; `dragValue` follows every move.
 */
export function SliderView({ props, setProp, mode }: ViewProps<SliderProps>): ReactElement {
  const controlId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const commit = useRef(setProp);
  const mouseup = props.updatemode === 'mouseup';
  const mouseupRef = useRef(mouseup);
  /** Where the thumb is while dragging in "mouseup" mode, shown before `value` follows. */
  const [dragging, setDragging] = useState<number | null>(null);
  const { min, max, step, value, label } = props;

  useEffect(() => {
    commit.current = setProp;
    mouseupRef.current = mouseup;
  }, [setProp, mouseup]);

  useEffect(() => {
    const el = ref.current!;
    const onInput = (): void => {
      const next = Number(el.value);
      if (!Number.isFinite(next)) return;
      commit.current('dragValue', next);
      if (mouseupRef.current) setDragging(next);
      else commit.current('value', next);
    };
    const onChange = (): void => {
      const next = Number(el.value);
      if (!Number.isFinite(next)) return;
      setDragging(null);
      commit.current('value', next);
    };
    el.addEventListener('input', onInput);
    el.addEventListener('change', onChange);
    return () => {
      el.removeEventListener('input', onInput);
      el.removeEventListener('change', onChange);
    };
  }, []);

  useLayoutEffect(() => {
    const el = ref.current!;
    if (dragging === null && el.value !== String(value)) el.value = String(value);
  }, [value, min, max, step, dragging]);

  const shown = dragging ?? value;
  const percent = max > min ? ((Math.min(Math.max(shown, min), max) - min) / (max - min)) * 100 : 0;
  return (
    <div className="dw-field">
      <div className="dw-field-head">
        <label className="dw-label" htmlFor={controlId}>{label}</label>
        <output className="dw-slider-value" htmlFor={controlId}>{shown.toFixed(decimals(step))}</output>
      </div>
      <input
        ref={ref}
        id={controlId}
        className="dw-range"
        type="range"
        min={min}
        max={max}
        step={step}
        defaultValue={value}
        tabIndex={mode === 'design' ? -1 : undefined}
        aria-label={label || undefined}
        style={{ '--dw-fill': `${percent}%` } as CSSProperties}
      />
      <div className="dw-slider-scale" aria-hidden="true">
        <span>{min}</span>
        <span>{max}</span>
      </div>
    </div>
  );
}
