import { CircleAlert, Plus, Workflow } from 'lucide-react';
import { useCallback, useMemo, useState, type ReactElement } from 'react';
import { toast } from 'sonner';
import { splitPropKey } from '../../runtime/schema/project';
import { addBinding, createCallbackFromGraph, removalProblem, removeBinding, type PropRef } from '../actions/graphEdits';
import { editor } from '../state/editorStore';
import { selectActiveCallbackId, selectProject, selectSelection, useEditor } from '../state/store';
import { DragGhost, NewCallbackMenu } from './GraphOverlay';
import { GraphView, type GraphEditing } from './GraphView';
import type { LaidEdge, Point } from './layout';
import { edgeBinding } from './model';
import { openCallbackCode, selectOnCanvas } from './open';
import { graphProblems } from './problems';
import { PropList } from './PropList';
import { useGraphDrag, type DropEvent } from './useGraphDrag';

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

const refOf = (key: string): PropRef | null => splitPropKey(key) ?? null;

function onDrop(drop: DropEvent, openMenu: (at: Point, key: string) => void): void {
  const { source, target } = drop;
  if (source.kind === 'prop' && target) {
    const ref = refOf(source.key);
    const callback = target.slice(3);
    const role = drop.asState ? 'state' : 'inputs';
    if (ref && !addBinding(callback, role, ref)) toast.info(`${source.key} is already ${role === 'state' ? 'state' : 'an input'} of ${callback}`);
  } else if (source.kind === 'callback' && target) {
    const ref = refOf(target.slice(2));
    if (ref && !addBinding(source.id, 'outputs', ref)) toast.info(`${source.id} already sets ${target.slice(2)}`);
  } else if (source.kind === 'prop' && drop.onBackground) {
    openMenu(drop.at, source.key);
  }
}

function removeEdge(edge: LaidEdge): void {
  const b = edgeBinding(edge);
  const why = removalProblem(editor(), b.callback, b.role, b.key);
  if (why) toast.info(why);
  else removeBinding(b.callback, b.role, b.key);
}

/** The Graph tab: how components and values feed callbacks, at design time; drag to wire. */
export function GraphTab(): ReactElement {
  const project = useEditor(selectProject);
  const active = useEditor(selectActiveCallbackId);
  const selection = useEditor(selectSelection);
  const problemList = useEditor((s) => s.session.problems);
  const [menu, setMenu] = useState<{ at: Point; key: string | null } | null>(null);
  const { drag, begin } = useGraphDrag(useCallback((d: DropEvent) => onDrop(d, (at, key) => setMenu({ at, key })), []));
  const problems = useMemo(() => graphProblems(project, problemList), [project, problemList]);
  const closeMenu = useCallback(() => setMenu(null), []);
  const editing: GraphEditing = { drag, onDragStart: begin, onRemoveEdge: removeEdge, problems };
  const count = new Set([...problems.nodes.values(), ...problems.edges.values()].flat()).size;
  const empty = project.callbacks.length === 0;

  const newCallback = (input: string | null, output: PropRef): void => {
    setMenu(null);
    // The new node shows up active (outlined); clicking it opens its code.
    createCallbackFromGraph(input ? refOf(input) : null, output);
  };

  return (
    <div className="wiring-graph-tab">
      <div className="wiring-graph-bar">
        <button type="button" className="wg-bar-button" data-testid="graph-new-callback" title="A new callback: pick what it sets, then wire its inputs by dragging"
          onClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            setMenu({ at: { x: r.left, y: r.bottom + 4 }, key: null });
          }}
        >
          <Plus size={13} aria-hidden />
          Callback
        </button>
        <span>
          {project.callbacks.length} callback{project.callbacks.length === 1 ? '' : 's'}
        </span>
        {count > 0 ? (
          <button type="button" className="wg-bar-problems" data-testid="graph-problem-count" title="Show them in the Problems tab" onClick={() => editor().setBottomTab('problems')}>
            <CircleAlert size={13} aria-hidden />
            {count} wiring problem{count === 1 ? '' : 's'}
          </button>
        ) : null}
        <span className="spacer" />
        <span className="wg-hint" data-testid="graph-hint">
          Drag a prop onto a callback: input (<kbd>Shift</kbd>: state) · a callback onto a prop: output · click an edge, <kbd>Del</kbd> removes it
        </span>
        <GraphLegend />
      </div>
      <div className="wiring-graph-body">
        <PropList project={project} drag={drag} selection={selection} onDragStart={begin} onSelectComponent={selectOnCanvas} />
        {empty ? (
          <div className="placeholder wg-empty" data-testid="graph-empty" data-graph-background="">
            <Workflow size={20} strokeWidth={1.5} aria-hidden />
            <p>No callbacks yet. Drag a prop from the list and drop it here to make a callback taking it, or click + Callback.</p>
          </div>
        ) : (
          <GraphView project={project} mode="graph" activeCallback={active} selection={selection} onCallback={openCallbackCode} onComponent={selectOnCanvas} editing={editing} />
        )}
      </div>
      {drag ? <DragGhost drag={drag} /> : null}
      {menu ? <NewCallbackMenu project={project} at={menu.at} input={menu.key} onCreate={(o) => newCallback(menu.key, o)} onClose={closeMenu} /> : null}
    </div>
  );
}
