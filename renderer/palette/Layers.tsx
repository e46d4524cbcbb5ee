import { Fragment, memo } from 'react';
import type { Breakpoint } from '../../runtime/schema';
import { isHiddenAt } from '../../runtime/schema/breakpoints';
import { useBreakpoint } from '../state/breakpoint';
import { useEditor } from '../state/store';
import { editor } from '../state/editorStore';
import { iconFor } from './icons';
import { useComponentTypes } from '../state/componentTypes';
import { revealComponent } from '../canvas/reveal';
import { sameArray, useEditorMemo } from '../state/useEditorMemo';
import type { EditorState } from '../state/types';
import { componentsOnPage } from '../../runtime/schema/pages';
import { pageOf, usePageStore } from '../state/page';

const Layer = memo(function Layer({ id, type, depth, hidden }: { id: string; type: string; depth: number; hidden: boolean }) {
  const selected = useEditor((s) => s.session.selection.includes(id));
  const Icon = iconFor(useComponentTypes().get(type)?.icon ?? 'Box');
  return (
    <li>
      <button
        type="button"
        className={`layer${selected ? ' is-selected' : ''}${hidden ? ' is-hidden' : ''}`}
        style={depth > 0 ? { paddingLeft: 8 + depth * 14 } : undefined}
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
        {hidden && <span className="layer-flag">hidden here</span>}
      </button>
    </li>
  );
});

interface Row {
  id: string;
  type: string;
  depth: number;
  /** The slot this row opens (first child of a slot): its name, shown above it. */
  slot?: string;
  hidden: boolean;
}

/** The component tree: page components in document order, each container followed by its children, slot by slot. */
function treeRows(components: EditorState['project']['components'], bp: Breakpoint): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  const visit = (list: typeof components, depth: number): void => {
    let slot: string | undefined;
    for (const c of list) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const opens = depth > 0 && c.parent && c.parent.slot !== slot ? c.parent.slot : undefined;
      slot = c.parent?.slot;
      rows.push({ id: c.id, type: c.type, depth, hidden: isHiddenAt(c, bp), ...(opens ? { slot: opens } : {}) });
      const kids = components.filter((k) => k.parent?.id === c.id);
      const order = [...new Set(kids.map((k) => k.parent!.slot))];
      visit([...kids].sort((a, b) => order.indexOf(a.parent!.slot) - order.indexOf(b.parent!.slot)), depth + 1);
    }
  };
  const ids = new Set(components.map((c) => c.id));
  visit(components.filter((c) => !c.parent || !ids.has(c.parent.id)), 0);
  // What sits in a loop of parents (validate reports it) is still listed.
  visit(components.filter((c) => !seen.has(c.id)), 0);
  return rows;
}

const sameRows = sameArray<Row>((a, b) => a.id === b.id && a.type === b.type && a.depth === b.depth && a.slot === b.slot && a.hidden === b.hidden);
const selectors = new Map<string, (s: EditorState) => Row[]>();
/** The rows of the canvas's page (`chosen`: the page switch's choice) on `bp`. */
const rowsAt = (bp: Breakpoint, chosen: string | undefined) => {
  const key = `${bp}|${chosen ?? ''}`;
  let select = selectors.get(key);
  if (!select) selectors.set(key, (select = (s: EditorState) => treeRows(componentsOnPage(s.project.components, pageOf(s.project, chosen)), bp)));
  return select;
};

/**
 * Every component of the canvas's page (its own and those on every page) as a tree (containers
 * hold theirs, slot by slot); click selects (shift-click adds), and scrolls it into view.
 */
export function Layers() {
  const bp = useBreakpoint((s) => s.breakpoint);
  const chosen = usePageStore((s) => s.page);
  const components = useEditorMemo(rowsAt(bp, chosen), sameRows);
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
            <Fragment key={c.id}>
              {c.slot !== undefined && (
                <li className="layer-slot" style={{ paddingLeft: 8 + c.depth * 14 }} aria-hidden>
                  {c.slot}
                </li>
              )}
              <Layer id={c.id} type={c.type} depth={c.depth} hidden={c.hidden} />
            </Fragment>
          ))}
        </ul>
      )}
    </section>
  );
}
