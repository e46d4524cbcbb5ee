import { useState } from 'react';
import { renameComponent } from '../actions/renameComponent';

/** The component id: edit and press Enter (or leave the field) to rename it everywhere. */
export function IdField({ id }: { id: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft === id) {
      setDraft(null);
      setError(null);
      return;
    }
    const result = renameComponent(id, draft.trim());
    if (result.ok) {
      setDraft(null);
      setError(null);
    } else setError(result.error);
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor="dw-inspector-id">
        id
      </label>
      <input
        id="dw-inspector-id"
        className={`input mono${error ? ' is-invalid' : ''}`}
        data-testid="inspector-field-id"
        spellCheck={false}
        title="Renaming also rewrites the callbacks that use it"
        value={draft ?? id}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
