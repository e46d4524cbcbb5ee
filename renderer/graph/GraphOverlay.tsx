import { useEffect, useRef, type ReactElement } from 'react';
import { createPortal } from 'react-dom';
import { splitPropKey, type Project } from '../../runtime/schema/project';
import { BindingPicker } from '../panels/callbacks/BindingPicker';
import { bindingOptions, emptyCallback, type BindingOption } from '../panels/callbacks/bindings';
import '../panels/callbacks/callbacks.css';
import type { Point } from './layout';
import type { DragState } from './useGraphDrag';

/** What dropping here would do, for the label beside the pointer. */
export function dropLabel(drag: DragState): string {
  const what = drag.source.kind === 'prop' ? drag.source.key : drag.source.id;
  if (!drag.target) return drag.source.kind === 'prop' ? `${what}: drop on a callback (or on empty space for a new one)` : `${what}: drop on a prop to set it`;
  const other = drag.target.slice(drag.target.indexOf(':') + 1);
  if (drag.source.kind === 'prop') return `${what} → ${other} as ${drag.asState ? 'state' : 'input'}`;
  return `${what} → ${other} as output`;
}

/** The line from where the drag started to the pointer, and what dropping would do. */
export function DragGhost({ drag }: { drag: DragState }): ReactElement {
  const { start, at } = drag;
  const dx = Math.max(30, Math.abs(at.x - start.x) / 2);
  const d = `M${start.x},${start.y} C${start.x + dx},${start.y} ${at.x - dx},${at.y} ${at.x},${at.y}`;
  const tone = drag.target ? ' is-over' : '';
  return createPortal(
    <div className="wg-ghost" aria-hidden>
      <svg className={`wg-ghost-line${tone}${drag.asState ? ' is-state' : ''}`}>
        <path d={d} />
        <circle cx={start.x} cy={start.y} r={3.5} />
      </svg>
      <span className={`wg-ghost-label${tone}`} style={{ left: at.x + 14, top: at.y + 12 }} data-testid="graph-drag-label">
        {dropLabel(drag)}
      </span>
    </div>,
    document.body,
  );
}

export interface NewCallbackMenuProps {
  project: Project;
  at: Point;
  /** The prop dropped on the graph's background, the new callback's input; null from "+ Callback". */
  input: string | null;
  onCreate(output: BindingOption): void;
  onClose(): void;
}

/**
 * A new callback from the graph: it takes the dropped prop as input (if any) and needs an
 * output (a callback has at least one), picked with the wiring panel's own picker.
 */
export function NewCallbackMenu({ project, at, input, onCreate, onClose }: NewCallbackMenuProps): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const away = (e: PointerEvent): void => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);
  const draft = emptyCallback('');
  const inputRef = input ? splitPropKey(input) : null;
  const spec = inputRef ? { ...draft, inputs: [inputRef] } : draft;
  const left = Math.max(8, Math.min(at.x, window.innerWidth - 420));
  const top = Math.max(8, Math.min(at.y, window.innerHeight - 120));
  return createPortal(
    <div ref={ref} className="wg-menu" role="dialog" aria-label="New callback" data-testid="graph-new-callback-menu" style={{ left, top }}>
      <div className="wg-menu-title">
        New callback
        {input ? (
          <>
            {' '}
            with input <code>{input}</code>
          </>
        ) : null}
      </div>
      <div className="wg-menu-row">
        <span className="wg-menu-muted">sets</span>
        <BindingPicker role="outputs" options={bindingOptions(project, spec, 'outputs')} onPick={onCreate} onCancel={onClose} />
      </div>
    </div>,
    document.body,
  );
}
