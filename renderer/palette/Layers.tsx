import { memo } from 'react';
import { useEditor } from '../state/store';
import { editor } from '../state/editorStore';
import { iconFor } from './icons';
import { useComponentTypes } from '../state/componentTypes';
import { revealComponent } from '../canvas/reveal';
import { sameArray, useEditorMemo } from '../state/useEditorMemo';
import type { EditorState } from '../state/types';

const Layer = memo(function Layer({ id, type }: { id: string; type: string }) {
  const selected = useEditor((s) => s.session.selection.includes(id));
  const Icon = iconFor(useComponentTypes().get(type)?.icon ?? 'Box');
  return (
    <li>
      <button
        type="button"
        className={`layer${selected ? ' is-selected' : ''}`}
        data-testid={`layer-${id}`}
        aria-pressed={selected}
        onClick={(e) => {
          if (e.shiftKey || e.metaKey || e.ctrlKey) editor().toggleSelected(id);
          else editor().select([id]);
          revealComponent(id);
        }}
      >
        <Icon size={13} strokeWidth={1.75} aria-hidden />
        <span className="layer-id">{id}</span>
        <span className="layer-type">{type}</span>
      </button>
    </li>
  );
});

interface Row {
  id: string;
  type: string;
}
const selectRows = (s: EditorState): Row[] => s.project.components.map((c) => ({ id: c.id, type: c.type }));
const sameRows = sameArray<Row>((a, b) => a.id === b.id && a.type === b.type);

/** Every component in document order; click selects (shift-click adds), and scrolls it into view. */
export function Layers() {
  const components = useEditorMemo(selectRows, sameRows);
  return (
    <section className="sidebar-section sidebar-layers" aria-labelledby="dw-layers-title">
      <h2 className="section-title" id="dw-layers-title">
        Layers <span className="count">{components.length}</span>
      </h2>
      {components.length === 0 ? (
        <p className="empty-note">Nothing on the canvas yet.</p>
      ) : (
        <ul className="layers">
          {components.map((c) => (
            <Layer key={c.id} id={c.id} type={c.type} />
          ))}
        </ul>
      )}
    </section>
  );
}
