import { useEffect, useId, useLayoutEffect, useMemo, useRef, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import { findOption, normalizeOptions } from '../shared/options';
import type { ChecklistProps } from './props';

/**
 * One native checkbox per option, each inside a label holding the option's label. Listens to the
 * DOM's own change event (bubbling to the group), so a test that clicks a checkbox drives it like a
 * user. As in Dash, checking appends the option's value and unchecking removes it; values that no
 * option has are kept.
 */
export function ChecklistView({ props, setProp, mode }: ViewProps<ChecklistProps>): ReactElement {
  const labelId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const options = useMemo(() => normalizeOptions(props.options), [props.options]);
  const latest = useRef({ options, value: props.value, setProp });
  const { label, inline, disabled } = props;

  useEffect(() => {
    latest.current = { options, value: props.value, setProp };
  });

  useEffect(() => {
    const el = ref.current!;
    const onChange = (e: Event): void => {
      const box = e.target;
      if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
      const { options: all, value, setProp: commit } = latest.current;
      const option = all[Number(box.dataset.index)];
      if (!option) return;
      const rest = value.filter((v) => findOption([option], v) === undefined);
      commit('value', box.checked ? [...rest, option.value] : rest);
    };
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);

  // The boxes show the prop (also after a change the page did not take).
  const checked = options.map((o) => props.value.some((v) => findOption([o], v) !== undefined));
  const key = checked.map((c) => (c ? '1' : '0')).join('');
  useLayoutEffect(() => {
    const boxes = ref.current!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    boxes.forEach((box, i) => {
      box.checked = key[i] === '1';
    });
  }, [key]);

  const design = mode === 'design';
  return (
    <div className="dw-field">
      {label ? <span className="dw-label" id={labelId}>{label}</span> : null}
      <div ref={ref} role="group" className="dw-choices" data-inline={inline ? 'true' : undefined} aria-labelledby={label ? labelId : undefined}>
        {options.length === 0 ? <span className="dw-choices-empty">No options</span> : null}
        {options.map((o, i) => (
          <label key={`${i}:${String(o.value)}`} className="dw-choice">
            <input type="checkbox" value={String(o.value)} data-index={i} defaultChecked={checked[i]} disabled={disabled} tabIndex={design ? -1 : undefined} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
