import { useState, type KeyboardEvent } from 'react';
import { ID_PATTERN, type ComponentInstance, type PatternId } from '../../runtime/schema';
import { TEMPLATE_SLOT } from '../../runtime/schema/repeat';
import { setComponentPattern } from '../actions/setComponentPattern';

/** "3" → 3, anything else as typed; empty → undefined. */
function parseIndex(text: string): string | number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}

/**
 * A component's pattern id (DESIGN §4b, Dash's dict ids): a type shared by the components one
 * pattern callback binds (ALL, MATCH) and this one's index. In a repeat container's template
 * there is no index: each copy gets its item's key.
 */
export function PatternField({ component }: { component: ComponentInstance }) {
  const inTemplate = component.parent?.slot === TEMPLATE_SLOT;
  const [type, setType] = useState(component.pattern?.type ?? '');
  const [index, setIndex] = useState(component.pattern?.index === undefined ? '' : String(component.pattern.index));
  const [error, setError] = useState<string | null>(null);
  const commit = (nextType: string, nextIndex: string): void => {
    const t = nextType.trim();
    if (t === '') {
      setError(null);
      setComponentPattern(component.id, undefined);
      return;
    }
    if (!ID_PATTERN.test(t)) {
      setError('the type must start with a letter and hold only letters, digits, "_" or "-"');
      return;
    }
    const i = inTemplate ? undefined : parseIndex(nextIndex);
    if (!inTemplate && i === undefined) {
      setError('give an index (e.g. "a" or 1): callbacks tell the components of one type apart by it');
      return;
    }
    setError(null);
    const pattern: PatternId = i === undefined ? { type: t } : { type: t, index: i };
    setComponentPattern(component.id, pattern);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') e.currentTarget.blur();
  };
  return (
    <div className="field">
      <div className="field-head">
        <span className="field-label">Pattern</span>
        <span className="field-help">{inTemplate ? 'each copy: its item\'s key' : 'for ALL / MATCH'}</span>
      </div>
      <div className="field-row">
        <input
          className="input"
          data-testid="inspector-pattern-type"
          placeholder="type, e.g. card-btn"
          value={type}
          onChange={(e) => setType(e.target.value)}
          onBlur={() => commit(type, index)}
          onKeyDown={onKey}
          aria-label="Pattern type"
        />
        {!inTemplate && (
          <input
            className="input"
            data-testid="inspector-pattern-index"
            placeholder="index"
            value={index}
            onChange={(e) => setIndex(e.target.value)}
            onBlur={() => commit(type, index)}
            onKeyDown={onKey}
            aria-label="Pattern index"
          />
        )}
      </div>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
