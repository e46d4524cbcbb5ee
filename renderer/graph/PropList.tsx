import { Braces, ChevronDown, ChevronRight, PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { useEffect, useMemo, useState, type PointerEvent, type ReactElement } from 'react';
import { propKey, type Project } from '../../runtime/schema';
import { bindingOptions, emptyCallback, type BindingOption } from '../panels/callbacks/bindings';
import { iconFor } from '../palette/icons';
import { useComponentTypes } from '../state/componentTypes';
import { propNodeId } from './model';
import { accepts, type DragSource, type DragState } from './useGraphDrag';

interface Owner {
  id: string;
  kind: string;
  isValue: boolean;
  props: BindingOption[];
}

/**
 * Every component's and named value's props, as the callbacks panel's wiring picker lists them
 * (bindings.ts, from the component catalogue), grouped by owner: the props the page changes
 * first. The graph draws only wired props; from here any prop can be dragged onto a callback.
 */
export function ownersOf(project: Project): Owner[] {
  const probe = emptyCallback('');
  const all = bindingOptions(project, probe, 'state');
  const inputs = new Set(bindingOptions(project, probe, 'inputs').map((o) => o.key));
  const owners = new Map<string, Owner>();
  for (const o of all) {
    const owner = owners.get(o.id) ?? { id: o.id, kind: o.kind, isValue: o.kind === 'value', props: [] };
    owner.props.push(o);
    owners.set(o.id, owner);
  }
  for (const owner of owners.values()) owner.props.sort((a, b) => Number(inputs.has(b.key)) - Number(inputs.has(a.key)));
  return [...owners.values()];
}

export interface PropListProps {
  project: Project;
  drag: DragState | null;
  /** Components open at first (the canvas selection). */
  selection: readonly string[];
  onDragStart(source: DragSource, e: PointerEvent): void;
  onSelectComponent(id: string): void;
}

export function PropList({ project, drag, selection, onDragStart, onSelectComponent }: PropListProps): ReactElement {
  const [collapsed, setCollapsed] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(selection));
  const owners = useMemo(() => ownersOf(project), [project]);
  const wired = useMemo(() => new Set(project.callbacks.flatMap((cb) => [...cb.inputs, ...cb.state, ...cb.outputs].map(propKey))), [project.callbacks]);
  const inputs = useMemo(() => new Set(bindingOptions(project, emptyCallback(''), 'inputs').map((o) => o.key)), [project]);
  const types = useComponentTypes();
  // What gets selected on the canvas opens here too.
  useEffect(() => setOpen((prev) => (selection.every((id) => prev.has(id)) ? prev : new Set([...prev, ...selection]))), [selection]);

  if (collapsed) {
    return (
      <aside className="wg-list is-collapsed" data-testid="graph-prop-list">
        <button type="button" className="wg-list-toggle" data-testid="graph-prop-list-toggle" title="Show every component's props" aria-label="Show props" onClick={() => setCollapsed(false)}>
          <PanelLeftOpen size={14} aria-hidden />
        </button>
      </aside>
    );
  }
  const toggle = (id: string): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <aside className="wg-list" data-testid="graph-prop-list" aria-label="Props to wire">
      <div className="wg-list-head">
        <span>Props</span>
        <button type="button" className="wg-list-toggle" data-testid="graph-prop-list-toggle" title="Hide this list" aria-label="Hide props" onClick={() => setCollapsed(true)}>
          <PanelLeftClose size={14} aria-hidden />
        </button>
      </div>
      <div className="wg-list-body">
        {owners.length === 0 ? <p className="wg-list-empty">No components yet</p> : null}
        {owners.map((owner) => {
          const Icon = owner.isValue ? Braces : iconFor(types.get(owner.kind)?.icon ?? 'Box');
          const expanded = open.has(owner.id);
          return (
            <div key={owner.id} className="wg-list-owner">
              <button
                type="button"
                className="wg-list-row wg-list-owner-row"
                data-testid={`graph-list-${owner.id}`}
                aria-expanded={expanded}
                onClick={() => toggle(owner.id)}
                onDoubleClick={() => !owner.isValue && onSelectComponent(owner.id)}
                title={owner.isValue ? `Named value ${owner.id}` : `${owner.id} (${owner.kind}): double-click to select it on the canvas`}
              >
                {expanded ? <ChevronDown size={12} aria-hidden /> : <ChevronRight size={12} aria-hidden />}
                <Icon size={13} strokeWidth={1.75} aria-hidden className="wg-list-icon" />
                <span className="wg-list-id">{owner.id}</span>
                <span className="wg-list-kind">{owner.kind}</span>
              </button>
              {expanded
                ? owner.props.map((o) => {
                    const source: DragSource = { kind: 'prop', key: o.key };
                    const target = propNodeId(o.key);
                    const drop = drag && accepts(drag.source, target) ? (drag.target === target ? ' is-drop-target' : ' is-drop-candidate') : '';
                    const input = inputs.has(o.key);
                    const dragged = drag?.source.kind === 'prop' && drag.source.key === o.key ? ' is-drag-source' : '';
                    return (
                      <div
                        key={o.key}
                        className={`wg-list-row wg-list-prop${wired.has(o.key) ? ' is-wired' : ''}${drop}${dragged}`}
                        data-testid={`graph-list-prop-${o.key}`}
                        data-drop={target}
                        onPointerDown={(e) => onDragStart(source, e)}
                        title={`${o.key}${input ? '' : ' (the user does not change it: take it as state, or set it as an output)'}\nDrag onto a callback to add an input (Shift: state); drop a callback here to add an output`}
                      >
                        <span className="wg-list-dot" aria-hidden />
                        <span className="wg-list-prop-name">{o.prop}</span>
                        {input ? <span className="wg-list-tag">in</span> : null}
                      </div>
                    );
                  })
                : null}
            </div>
          );
        })}
      </div>
    </aside>
  );
}
