import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import { findOption, normalizeOptions, type OptionItem } from '../shared/options';
import type { DropdownProps } from './props';

type Value = DropdownProps['value'];

/** The select's option elements (an index loop: happy-dom's collections are not iterable everywhere). */
function optionElements(el: HTMLSelectElement): HTMLOptionElement[] {
  const out: HTMLOptionElement[] = [];
  for (let i = 0; i < el.options.length; i++) out.push(el.options.item(i)!);
  return out;
}

/** The chosen options' values as the select's option attributes. */
function chosen(options: readonly OptionItem[], value: Value, multi: boolean): string[] {
  const values = multi ? (Array.isArray(value) ? value : value === null ? [] : [value]) : Array.isArray(value) ? value.slice(0, 1) : [value];
  return values.map((v) => findOption(options, v)).filter((o): o is OptionItem => o !== undefined).map((o) => String(o.value));
}

/**
 * A native select (`select[multiple]` with `multi`). Listens to the DOM's own change events, so a
 * test that picks an option with the select's API drives it like a user does. The option's
 * `value` attribute is String(value); numbers come back as numbers.
 */
export function DropdownView({ props, setProp, mode }: ViewProps<DropdownProps>): ReactElement {
  const controlId = useId();
  const ref = useRef<HTMLSelectElement>(null);
  const options = useMemo(() => normalizeOptions(props.options), [props.options]);
  const { multi, label, placeholder, searchable, clearable, disabled } = props;
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? options.filter((o) => o.label.toLowerCase().includes(q)) : options;
  }, [options, query]);
  const selected = chosen(options, props.value, multi);
  const latest = useRef({ options, setProp, multi });
  const design = mode === 'design';

  useEffect(() => {
    latest.current = { options, setProp, multi };
  });

  useEffect(() => {
    const el = ref.current!;
    const onChange = (): void => {
      const { options: all, setProp: commit, multi: many } = latest.current;
      const attrs = many ? optionElements(el).filter((o) => o.selected).map((o) => o.value) : [el.value];
      const picked = attrs.map((a) => all.find((x) => String(x.value) === a)).filter((o): o is OptionItem => o !== undefined);
      commit('value', many ? picked.map((o) => o.value) : (picked[0]?.value ?? null));
    };
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);

  const key = selected.join('\u0000');
  useLayoutEffect(() => {
    const el = ref.current!;
    const want = key ? key.split('\u0000') : [];
    if (multi) for (const o of optionElements(el)) o.selected = want.includes(o.value);
    else if (el.value !== (want[0] ?? '')) el.value = want[0] ?? '';
  }, [key, multi, shown]);

  const empty = selected.length === 0;
  const clear = (): void => setProp('value', multi ? [] : null);
  // Keep chosen options in the list while searching, so a search never drops a choice.
  const listed = query ? [...options.filter((o) => selected.includes(String(o.value)) && !shown.includes(o)), ...shown] : shown;
  return (
    <div className="dw-field">
      {label ? <label className="dw-label" htmlFor={controlId}>{label}</label> : null}
      {searchable ? (
        <input
          type="search"
          className="dw-input dw-dropdown-search"
          placeholder="Search…"
          aria-label={label ? `Search ${label}` : 'Search options'}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          tabIndex={design ? -1 : undefined}
          disabled={disabled}
        />
      ) : null}
      <div className={multi ? 'dw-select-wrap dw-select-multi' : 'dw-select-wrap'}>
        <select
          ref={ref}
          id={controlId}
          className="dw-select"
          multiple={multi}
          defaultValue={multi ? selected : (selected[0] ?? '')}
          data-empty={empty ? 'true' : undefined}
          aria-label={label || placeholder || undefined}
          disabled={disabled}
          tabIndex={design ? -1 : undefined}
        >
          {multi || !empty ? null : <option value="" disabled hidden>{placeholder}</option>}
          {listed.map((o, i) => (
            <option key={`${i}:${String(o.value)}`} value={String(o.value)}>{o.label}</option>
          ))}
        </select>
        {clearable && !empty && !disabled ? (
          <button type="button" className="dw-clear" aria-label={label ? `Clear ${label}` : 'Clear'} title="Clear" onClick={clear} tabIndex={design ? -1 : undefined}>
            ×
          </button>
        ) : null}
      </div>
    </div>
  );
}
