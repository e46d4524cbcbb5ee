import { useEffect, useId, useLayoutEffect, useMemo, useRef, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import { findOption, normalizeOptions } from '../shared/options';
import type { RadioProps } from './props';

/**
 * One native radio per option, each inside a label holding the option's label, all sharing one
 * name (so arrow keys move the choice natively). Listens to the DOM's own change event.
 */
export function RadioView({ props, setProp, mode }: ViewProps<RadioProps>): ReactElement {
  const name = useId();
  const labelId = `${name}-label`;
  const ref = useRef<HTMLDivElement>(null);
  const options = useMemo(() => normalizeOptions(props.options), [props.options]);
  const latest = useRef({ options, setProp });
  const { label, inline, disabled } = props;

  useEffect(() => {
    latest.current = { options, setProp };
  });

  useEffect(() => {
    const el = ref.current!;
    const onChange = (e: Event): void => {
      const radio = e.target;
      if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio' || !radio.checked) return;
      const option = latest.current.options[Number(radio.dataset.index)];
      if (option) latest.current.setProp('value', option.value);
    };
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);

  const chosen = findOption(options, props.value);
  const index = chosen ? options.indexOf(chosen) : -1;
  useLayoutEffect(() => {
    ref.current!.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((radio, i) => {
      radio.checked = i === index;
    });
  }, [index, options]);

  const design = mode === 'design';
  return (
    <div className="dw-field">
      {label ? <span className="dw-label" id={labelId}>{label}</span> : null}
      <div ref={ref} role="radiogroup" className="dw-choices" data-inline={inline ? 'true' : undefined} aria-labelledby={label ? labelId : undefined}>
        {options.length === 0 ? <span className="dw-choices-empty">No options</span> : null}
        {options.map((o, i) => (
          <label key={`${i}:${String(o.value)}`} className="dw-choice">
            <input type="radio" name={name} value={String(o.value)} data-index={i} defaultChecked={i === index} disabled={disabled} tabIndex={design ? -1 : undefined} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
