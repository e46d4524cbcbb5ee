import { ArrowRight } from 'lucide-react';
import { memo, useState } from 'react';
import { setProp } from '../actions/setProp';
import { editor } from '../state/editorStore';
import { formatFieldValue, parseFieldText, type InspectorField } from './fields';

interface Props {
  componentId: string;
  field: InspectorField;
  value: unknown;
  /** Callbacks that output to this prop. */
  setBy?: string[];
}

function jumpToCallback(id: string): void {
  editor().setActiveCallback(id);
  editor().setBottomTab('callbacks');
}

/** One prop: the editor its schema calls for; edits are live on the canvas (coalesced into one undo step). */
export const PropField = memo(function PropField({ componentId, field, value, setBy }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controlId = `dw-inspector-${field.prop}`;
  const testId = `inspector-field-${field.prop}`;

  const onText = (text: string) => {
    setDraft(text);
    const parsed = parseFieldText(field, text);
    if (parsed.ok) {
      setError(null);
      setProp(componentId, field.prop, parsed.value);
    } else setError(parsed.error);
  };
  // Text that does not parse stays in the field with its error (nothing is lost on blur); Escape gives the saved value back.
  const endEdit = () => {
    if (error) return;
    setDraft(null);
  };
  const onKey = (e: { key: string }) => {
    if (e.key !== 'Escape' || draft === null) return;
    setDraft(null);
    setError(null);
  };
  const text = draft ?? formatFieldValue(field, value);

  let control;
  switch (field.kind) {
    case 'boolean':
      control = <input id={controlId} data-testid={testId} type="checkbox" checked={value === true} onChange={(e) => setProp(componentId, field.prop, e.target.checked)} />;
      break;
    case 'select':
      control = (
        <select id={controlId} data-testid={testId} className="input" value={String(value ?? '')} onChange={(e) => setProp(componentId, field.prop, e.target.value)}>
          {(field.options ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
      break;
    case 'multiline':
    case 'json':
      control = (
        <textarea
          id={controlId}
          data-testid={testId}
          className={`input textarea${field.kind === 'json' ? ' mono' : ''}${error ? ' is-invalid' : ''}`}
          spellCheck={field.kind !== 'json'}
          rows={field.kind === 'json' ? Math.min(12, Math.max(3, text.split('\n').length)) : 4}
          value={text}
          onChange={(e) => onText(e.target.value)}
          onBlur={endEdit}
          onKeyDown={onKey}
          aria-invalid={error ? true : undefined}
        />
      );
      break;
    default:
      control = (
        <input
          id={controlId}
          data-testid={testId}
          className={`input${error ? ' is-invalid' : ''}`}
          type={field.kind === 'number' ? 'number' : 'text'}
          inputMode={field.kind === 'number' ? 'decimal' : undefined}
          value={text}
          onChange={(e) => onText(e.target.value)}
          onBlur={endEdit}
          onKeyDown={onKey}
          aria-invalid={error ? true : undefined}
        />
      );
  }

  return (
    <div className={`field field-${field.kind}`}>
      <div className="field-head">
        <label className="field-label" htmlFor={controlId}>
          {field.label}
        </label>
        {field.input && <span className="badge" title="Users change this in the running app; it can be a callback input">input</span>}
      </div>
      {setBy && setBy.length > 0 && (
        <p className="set-by" data-testid={`inspector-setby-${field.prop}`}>
          set by callback{' '}
          {setBy.map((cb) => (
            <button key={cb} type="button" className="link" onClick={() => jumpToCallback(cb)}>
              {cb} <ArrowRight size={12} aria-hidden />
            </button>
          ))}
        </p>
      )}
      {control}
      {error ? (
        <p className="field-error" role="alert" data-testid={`inspector-error-${field.prop}`}>
          {error} — not applied; fix it, or press Escape for the saved value.
        </p>
      ) : (
        field.help && <p className="field-help">{field.help}</p>
      )}
    </div>
  );
});
