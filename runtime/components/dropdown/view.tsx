import { useEffect, useId, useLayoutEffect, useRef, type ReactElement } from 'react';
import type { ComponentViewProps } from '../views';

export interface DropdownOption {
  label: string;
  value: string | number;
}

/** Options as the model allows them (strings or {label, value}), normalised; junk is skipped. */
export function normalizeOptions(raw: unknown): DropdownOption[] {
  if (!Array.isArray(raw)) return [];
  const out: DropdownOption[] = [];
  for (const item of raw) {
    if (typeof item === 'string' || typeof item === 'number') out.push({ label: String(item), value: item });
    else if (item && typeof item === 'object') {
      const { label, value } = item as { label?: unknown; value?: unknown };
      if (typeof value === 'string' || typeof value === 'number') out.push({ label: label === undefined ? String(value) : String(label), value });
    }
  }
  return out;
}

/** A native select. The option's `value` attribute is String(value); numbers come back as numbers. */
export function DropdownView({ props, setProp, mode }: ComponentViewProps): ReactElement {
  const controlId = useId();
  const ref = useRef<HTMLSelectElement>(null);
  const options = normalizeOptions(props.options);
  const latest = useRef({ options, setProp });
  const value = props.value;
  const selected = options.find((o) => o.value === value) ?? options.find((o) => value !== null && String(o.value) === String(value));
  const label = typeof props.label === 'string' ? props.label : '';
  const placeholder = typeof props.placeholder === 'string' ? props.placeholder : '';
  const attr = selected ? String(selected.value) : '';

  useEffect(() => {
    latest.current = { options, setProp };
  });

  useEffect(() => {
    const el = ref.current!;
    const onChange = (): void => {
      const option = latest.current.options.find((o) => String(o.value) === el.value);
      latest.current.setProp('value', option ? option.value : null);
    };
    el.addEventListener('change', onChange);
    el.addEventListener('input', onChange);
    return () => {
      el.removeEventListener('change', onChange);
      el.removeEventListener('input', onChange);
    };
  }, []);

  useLayoutEffect(() => {
    const el = ref.current!;
    if (el.value !== attr) el.value = attr;
  }, [attr, options.length]);

  return (
    <div className="dw-field">
      {label ? <label className="dw-label" htmlFor={controlId}>{label}</label> : null}
      <div className="dw-select-wrap">
        <select
          ref={ref}
          id={controlId}
          className="dw-select"
          defaultValue={attr}
          data-empty={selected ? undefined : 'true'}
          tabIndex={mode === 'design' ? -1 : undefined}
        >
          {selected ? null : <option value="" disabled hidden>{placeholder}</option>}
          {options.map((o, i) => (
            <option key={`${i}:${String(o.value)}`} value={String(o.value)}>{o.label}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
