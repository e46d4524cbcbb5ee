import { useEffect, useId, useLayoutEffect, useRef, type CSSProperties, type ReactElement } from 'react';
import type { ComponentViewProps } from '../views';

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function decimals(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}

/**
 * A native range input. Listens to the DOM's own input/change events (not React's), so a
 * test that sets `.value` and dispatches an event drives it like a user does.
 */
export function SliderView({ props, setProp, mode }: ComponentViewProps): ReactElement {
  const controlId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const commit = useRef(setProp);
  const min = num(props.min, 0);
  const max = num(props.max, 10);
  const step = num(props.step, 1);
  const value = num(props.value, min);
  const label = typeof props.label === 'string' ? props.label : '';

  useEffect(() => {
    commit.current = setProp;
  }, [setProp]);

  useEffect(() => {
    const el = ref.current!;
    const onInput = (): void => {
      const next = Number(el.value);
      if (Number.isFinite(next)) commit.current('value', next);
    };
    el.addEventListener('input', onInput);
    el.addEventListener('change', onInput);
    return () => {
      el.removeEventListener('input', onInput);
      el.removeEventListener('change', onInput);
    };
  }, []);

  useLayoutEffect(() => {
    const el = ref.current!;
    if (el.value !== String(value)) el.value = String(value);
  }, [value, min, max, step]);

  const percent = max > min ? ((Math.min(Math.max(value, min), max) - min) / (max - min)) * 100 : 0;
  return (
    <div className="dw-field">
      <div className="dw-field-head">
        <label className="dw-label" htmlFor={controlId}>{label}</label>
        <output className="dw-slider-value" htmlFor={controlId}>{value.toFixed(decimals(step))}</output>
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
