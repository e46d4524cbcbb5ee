import { Workflow } from 'lucide-react';
import type { ReactElement } from 'react';
import { selectActiveCallbackId, selectProject, selectSelection, useEditor } from '../state/store';
import { GraphView } from './GraphView';
import { openCallbackCode, selectOnCanvas } from './open';

/** Solid and dashed edge samples: inputs trigger, state is only read. */
export function GraphLegend(): ReactElement {
  const sample = (cls: string) => (
    <svg width={22} height={8} aria-hidden>
      <line className={cls} x1={0} y1={4} x2={22} y2={4} />
    </svg>
  );
  return (
    <>
      <span className="dw-legend">{sample('')} input / output</span>
      <span className="dw-legend">{sample('is-state')} state</span>
    </>
  );
}

/** The Graph tab: how components and values feed callbacks, at design time (no preview needed). */
export function GraphTab(): ReactElement {
  const project = useEditor(selectProject);
  const active = useEditor(selectActiveCallbackId);
  const selection = useEditor(selectSelection);
  if (project.callbacks.length === 0) {
    return (
      <div className="placeholder" data-testid="graph-empty">
        <Workflow size={20} strokeWidth={1.5} aria-hidden />
        <p>No callbacks yet. The graph shows which components feed which callbacks.</p>
      </div>
    );
  }
  const unwired = project.components.filter((c) => !project.callbacks.some((cb) => [...cb.inputs, ...cb.state, ...cb.outputs].some((b) => b.id === c.id)));
  return (
    <div className="wiring-graph-tab">
      <div className="wiring-graph-bar">
        <span>
          {project.callbacks.length} callback{project.callbacks.length === 1 ? '' : 's'}
          {unwired.length ? ` · not wired: ${unwired.map((c) => c.id).join(', ')}` : ''}
        </span>
        <span className="spacer" />
        <GraphLegend />
        <span>Click a component to select it, a callback to open its code</span>
      </div>
      <GraphView project={project} mode="graph" activeCallback={active} selection={selection} onCallback={openCallbackCode} onComponent={selectOnCanvas} />
    </div>
  );
}
