import { Puzzle, Plus } from 'lucide-react';
import { useState } from 'react';
import { addProjectComponent, componentTypeError } from '../../actions/newComponent';
import { editor, useEditor } from '../../state/store';

/** The project's own component types (components/<type>/index.tsx) under the callbacks, and "New component". */
export function ComponentList() {
  const sources = useEditor((s) => s.components);
  const types = Object.keys(sources);
  const active = useEditor((s) => s.session.activeComponentType);
  const creating = useEditor((s) => s.session.newComponentForm);
  return (
    <div className="dw-cb-components" aria-label="Project components">
      <div className="dw-cb-section-title">Components</div>
      <ul>
        {types.map((type) => (
          <li key={type}>
            <button
              type="button"
              className={`dw-cb-item${active === type ? ' dw-cb-selected' : ''}`}
              data-testid={`component-item-${type}`}
              aria-current={active === type ? 'true' : undefined}
              onClick={() => editor().setActiveComponent(type)}
            >
              <span className="dw-cb-item-id">
                <Puzzle size={12} aria-hidden /> {type}
              </span>
              <span className="dw-cb-muted">index.tsx</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className={`dw-cb-new${creating ? ' dw-cb-selected' : ''}`} data-testid="component-new" onClick={() => editor().setNewComponentForm(true)}>
        <Plus size={13} aria-hidden />
        New component
      </button>
    </div>
  );
}

/** Name a new component type; Create writes components/<type>/index.tsx from a starter and opens it. */
export function NewComponentForm() {
  const [type, setType] = useState('');
  const doc = useEditor((s) => s.components);
  const problem = type === '' ? null : componentTypeError({ project: editor().project, callbacks: editor().callbacks, components: doc }, type);
  const create = (): void => {
    const result = addProjectComponent(type);
    if (!result.ok) return;
    setType('');
  };
  return (
    <form
      className="dw-cb-new-form dw-cb-component-form"
      data-testid="component-new-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (type && !problem) create();
      }}
    >
      <label className="dw-cb-field">
        <span>Component type</span>
        <input autoFocus value={type} placeholder="gauge" data-testid="component-new-type" onChange={(e) => setType(e.target.value.trim())} aria-invalid={problem ? true : undefined} />
      </label>
      <p className="dw-cb-muted">
        {problem ?? 'Writes components/<type>/index.tsx with defineComponent from "dashwright/component": a props schema (it gives the inspector and the callback types) and a React view. Nothing to install.'}
      </p>
      <div className="dw-cb-new-actions">
        <button type="button" className="dw-cb-button" onClick={() => editor().setNewComponentForm(false)}>
          Cancel
        </button>
        <button type="submit" className="dw-cb-button dw-cb-primary" data-testid="component-create" disabled={!type || Boolean(problem)}>
          Create
        </button>
      </div>
    </form>
  );
}
