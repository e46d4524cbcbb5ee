import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { RangeSliderProps } from './props';

type Pair = [number, number];

function decimals(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}

/** A value from a callback may come in any order: the thumbs show it sorted. */
const sorted = ([a, b]: Pair): Pair => (a <= b ? [a, b] : [b, a]);

/**
 * Two native range inputs over one track: the first is low, the second high, the range between
 * them filled. Like the slider, it listens to the DOM's own input/change events: `input` while a
 * thumb moves (sets dragValue, and value in "drag" mode), `change` when it is let go. A thumb
 * moved past the other is clamped to it, so low never passes high.
 */
export function RangeSliderView({ props, setProp, mode }: ViewProps<RangeSliderProps>): ReactElement {
  const baseId = useId();
  const lowRef = useRef<HTMLInputElement>(null);
  const highRef = useRef<HTMLInputElement>(null);
  const latest = useRef({ setProp, mouseup: props.updatemode === 'mouseup' });
  const [dragging, setDragging] = useState<Pair | null>(null);
  /** The pairs last sent per prop: a move fires input then change with the same pair, which must not set off two cascades. */
  const sent = useRef<{ value: Pair | null; dragValue: Pair | null }>({ value: null, dragValue: null });
  const { min, max, step, label, disabled } = props;
  const value = sorted(props.value);

  useEffect(() => {
    latest.current = { setProp, mouseup: props.updatemode === 'mouseup' };
  });

  useEffect(() => {
    const low = lowRef.current!;
    const high = highRef.current!;
    /** Both thumbs' values, the moved one clamped to the other (and written back to its input). */
    const read = (moved: HTMLInputElement): Pair | null => {
      let lo = Number(low.value);
      let hi = Number(high.value);
      if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
      if (lo > hi) {
        if (moved === low) lo = hi;
        else hi = lo;
        moved.value = String(moved === low ? lo : hi);
      }
      return [lo, hi];
    };
    const send = (prop: 'value' | 'dragValue', next: Pair): void => {
      const last = sent.current[prop];
      if (last && last[0] === next[0] && last[1] === next[1]) return;
      sent.current[prop] = next;
      latest.current.setProp(prop, next);
    };
    const onInput = (e: Event): void => {
      const next = read(e.currentTarget as HTMLInputElement);
      if (!next) return;
      send('dragValue', next);
      if (latest.current.mouseup) setDragging(next);
      else send('value', next);
    };
    const onChange = (e: Event): void => {
      const next = read(e.currentTarget as HTMLInputElement);
      if (!next) return;
      setDragging(null);
      send('value', next);
    };
    for (const el of [low, high]) {
      el.addEventListener('input', onInput);
      el.addEventListener('change', onChange);
    }
    return () => {
      for (const el of [low, high]) {
        el.removeEventListener('input', onInput);
        el.removeEventListener('change', onChange);
      }
    };
  }, []);

  const [lo, hi] = value;
  useLayoutEffect(() => {
    sent.current.value = [lo, hi];
  }, [lo, hi]);
  useLayoutEffect(() => {
    sent.current.dragValue = props.dragValue;
  }, [props.dragValue]);
  useLayoutEffect(() => {
    if (dragging !== null) return;
    if (lowRef.current!.value !== String(lo)) lowRef.current!.value = String(lo);
    if (highRef.current!.value !== String(hi)) highRef.current!.value = String(hi);
  }, [lo, hi, min, max, step, dragging]);

  const shown = dragging ?? value;
  const pct = (n: number): number => (max > min ? ((Math.min(Math.max(n, min), max) - min) / (max - min)) * 100 : 0);
  const fill = { '--dw-low': `${pct(shown[0])}%`, '--dw-high': `${pct(shown[1])}%` } as CSSProperties;
  const digits = decimals(step);
  const design = mode === 'design';
  const name = label || 'Range';
  return (
    <div className="dw-field">
      <div className="dw-field-head">
        {label ? <span className="dw-label" id={`${baseId}-label`}>{label}</span> : <span />}
        <output className="dw-range2-value" htmlFor={`${baseId}-low ${baseId}-high`}>
          {shown[0].toFixed(digits)} – {shown[1].toFixed(digits)}
        </output>
      </div>
      {/* Near the top end the low thumb goes over the high one, so thumbs that meet there can still part. */}
      <div className="dw-range2" style={fill} data-top={pct(shown[0]) > 50 ? 'low' : undefined}>
        <div className="dw-range2-track" aria-hidden="true" />
        {/* Both thumbs must be reachable: the low one comes first in the DOM and in tab order. */}
        <input ref={lowRef} id={`${baseId}-low`} className="dw-range2-input" type="range" min={min} max={max} step={step} defaultValue={lo}
          disabled={disabled} tabIndex={design ? -1 : undefined} aria-label={`${name} low`} />
        <input ref={highRef} id={`${baseId}-high`} className="dw-range2-input" type="range" min={min} max={max} step={step} defaultValue={hi}
          disabled={disabled} tabIndex={design ? -1 : undefined} aria-label={`${name} high`} />
      </div>
      <div className="dw-slider-scale" aria-hidden="true">
        <span>{min}</span>
        <span>{max}</span>
      </div>
    </div>
  );
}
