import { MousePointer2, Trash2 } from 'lucide-react';
import { deleteSelection } from '../actions/deleteSelection';
import { selectSingleSelected, useEditor } from '../state/store';
import { ComponentInspector } from './ComponentInspector';

/** The right pane: props of the selected component, a summary for a multi-selection, or a hint. */
export function Inspector() {
  const component = useEditor(selectSingleSelected);
  const count = useEditor((s) => s.session.selection.length);
  return (
    <aside className="inspector" data-testid="inspector" aria-label="Inspector">
      {component ? (
        <ComponentInspector key={component.id} component={component} />
      ) : count > 1 ? (
        <div className="inspector-empty">
          <h2 className="section-title">Inspector</h2>
          <p>
            <strong>{count}</strong> components selected.
          </p>
          <button type="button" className="btn btn-default" onClick={() => deleteSelection()}>
            <Trash2 size={14} aria-hidden /> Delete {count} components
          </button>
        </div>
      ) : (
        <div className="inspector-empty">
          <h2 className="section-title">Inspector</h2>
          <p className="empty-note">
            <MousePointer2 size={14} aria-hidden /> Select a component on the canvas to edit its props.
          </p>
        </div>
      )}
    </aside>
  );
}
