import { Plus, Trash2, Variable } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Project } from '../../../runtime/schema';
import { addValue } from '../../actions/addValue';
import { deleteValue } from '../../actions/deleteValue';
import { renameValue } from '../../actions/renameValue';
import { editor, useEditor } from '../../state/store';

/** The project's named values (DESIGN §2 `values`) in the code panel's list, and "New value". */
export function ValueList() {
  const values = useEditor((s) => s.project.values);
  const active = useEditor((s) => s.session.activeValueId);
  return (
    <div className="dw-cb-components" aria-label="Named values">
      <div className="dw-cb-section-title" title="Intermediate results: a callback writes one, others read it (Dash needs a hidden div or dcc.Store for this)">
        Values
      </div>
      <ul>
        {values.map((v) => (
          <li key={v.id}>
            <button
              type="button"
              className={`dw-cb-item${active === v.id ? ' dw-cb-selected' : ''}`}
              data-testid={`value-item-${v.id}`}
              aria-current={active === v.id ? 'true' : undefined}
              onClick={() => editor().setActiveValue(v.id)}
            >
              <span className="dw-cb-item-id">
                <Variable size={12} aria-hidden /> {v.id}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="dw-cb-new" data-testid="value-new" onClick={() => addValue()}>
        <Plus size={13} aria-hidden />
        New value
      </button>
    </div>
  );
}

function wiringOfValue(project: Project, id: string): { writers: string[]; readers: string[] } {
  const writers = project.callbacks.filter((cb) => cb.outputs.some((b) => b.id === id)).map((cb) => cb.id);
  const readers = project.callbacks.filter((cb) => [...cb.inputs, ...cb.state].some((b) => b.id === id)).map((cb) => cb.id);
  return { writers, readers };
}

/** One named value: rename it (bindings follow), see who writes and reads it, delete it. */
export function ValuePanel({ id }: { id: string }) {
  const project = useEditor((s) => s.project);
  const [text, setText] = useState(id);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setText(id);
    setProblem(null);
  }, [id]);
  const { writers, readers } = wiringOfValue(project, id);
  const commit = (): void => {
    const result = renameValue(id, text);
    setProblem(result.ok ? null : result.error);
  };
  const open = (cb: string) => (
    <button key={cb} type="button" className="dw-cb-link" onClick={() => editor().setActiveCallback(cb)}>
      {cb}
    </button>
  );
  return (
    <div className="dw-cb-component-form" data-testid="value-panel">
      <label className="dw-cb-field">
        <span>Value id</span>
        <input
          value={text}
          data-testid="value-id"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setText(id);
          }}
        />
      </label>
      {problem && <span className="dw-cb-error" role="alert">{problem}</span>}
      <p className="dw-cb-muted">
        A callback writes <code>{id}.value</code> as an output; others take it as an input. The server memoizes it by its inputs and sends it to the
        browser only when a client callback reads it.
      </p>
      <p data-testid="value-writers">Written by: {writers.length ? writers.map(open) : <span className="dw-cb-muted">no callback yet (add {id}.value to a callback&apos;s outputs)</span>}</p>
      <p data-testid="value-readers">Read by: {readers.length ? readers.map(open) : <span className="dw-cb-muted">no callback yet</span>}</p>
      <div className="dw-cb-new-actions">
        <button type="button" className="dw-cb-button" data-testid="value-delete" onClick={() => deleteValue(id)}>
          <Trash2 size={13} aria-hidden /> Delete value
        </button>
      </div>
    </div>
  );
}
