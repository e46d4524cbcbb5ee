import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactElement } from 'react';
import type { CallbackSpec } from '../../runtime/schema';
import { GraphEdges } from './GraphEdges';
import { CallbackNodeView, PropNodeView, type NodeRun } from './GraphNodes';
import { layoutGraph, type LaidEdge, type LaidNode } from './layout';
import type { WiringSource } from './model';
import { NO_PROBLEMS, type GraphProblems } from './problems';
import { accepts, type DragSource, type DragState } from './useGraphDrag';
import './graph.css';

export { edgePath } from './edgePath';

/** What the Graph tab adds to the drawing to edit the wiring (the dev tools' graph has none). */
export interface GraphEditing {
  drag: DragState | null;
  onDragStart(source: DragSource, e: PointerEvent): void;
  onRemoveEdge(edge: LaidEdge): void;
  problems: GraphProblems;
}

export interface GraphViewProps {
  project: WiringSource;
  /** "devtools": nodes show their last run (and test ids devtools-…); "graph": design-time wiring. */
  mode: 'devtools' | 'graph';
  /** Callback id → last run (dev tools). */
  runs?: Readonly<Record<string, NodeRun & { cascade?: number }>>;
  /** The newest cascade: its key (nodes that ran in it stand out) and trigger (highlighted props). */
  latest?: { key: number; trigger: readonly string[] } | null;
  activeCallback: string | null;
  selection: readonly string[];
  onCallback(id: string): void;
  onComponent(id: string): void;
  /** Editing, in mode "graph" only. */
  editing?: GraphEditing;
}

function dragSourceOf(node: LaidNode): DragSource {
  return node.kind === 'callback' ? { kind: 'callback', id: node.key } : { kind: 'prop', key: node.key };
}

/** The wiring graph: components and values → callbacks → components and values, as SVG. */
export function GraphView({ project, mode, runs, latest, activeCallback, selection, onCallback, onComponent, editing: edit }: GraphViewProps): ReactElement {
  const showRuns = mode === 'devtools';
  const editing = mode === 'graph' ? edit : undefined;
  // Editing: wider gaps, room for an edge's × and to aim a drop.
  const editable = editing !== undefined;
  const layout = useMemo(() => layoutGraph(project, editable ? { callbackHeight: 52, columnGap: 64 } : { callbackHeight: 52 }), [project, editable]);
  const specs = useMemo(() => new Map<string, CallbackSpec>(project.callbacks.map((c) => [c.id, c])), [project.callbacks]);
  const [hoverNode, setHover] = useState<string | null>(null);
  const [hoverEdge, setHoverEdge] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const arrow = `dw-arrow-${useId().replace(/:/g, '')}`;
  const drag = editing?.drag ?? null;
  const problems = editing?.problems ?? NO_PROBLEMS;
  const hover = drag ? null : hoverNode;
  const selectedEdge = editing && layout.edges.some((e) => e.id === picked) ? picked : null;

  const hotEdges = new Set<string>();
  const hotNodes = new Set<string>();
  if (hover) {
    hotNodes.add(hover);
    for (const e of layout.edges) {
      if (e.from === hover || e.to === hover) {
        hotEdges.add(e.id);
        hotNodes.add(e.from);
        hotNodes.add(e.to);
      }
    }
  }
  const trigger = new Set(showRuns ? (latest?.trigger ?? []) : []);
  const dropState = (node: LaidNode): 'candidate' | 'target' | undefined => {
    if (!drag || !accepts(drag.source, node.id)) return undefined;
    return drag.target === node.id ? 'target' : 'candidate';
  };
  const common = (node: LaidNode) => ({
    node,
    hot: hotNodes.has(node.id),
    onHover: setHover,
    problems: problems.nodes.get(node.id),
    drop: dropState(node),
    onDragStart: editing ? (e: PointerEvent) => editing.onDragStart(dragSourceOf(node), e) : undefined,
  });
  const remove = (edge: LaidEdge): void => {
    setPicked(null);
    setHoverEdge(null);
    editing?.onRemoveEdge(edge);
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    const edge = layout.edges.find((x) => x.id === selectedEdge);
    if (!edge) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault(); // not the canvas's "delete selection"
      remove(edge);
    } else if (e.key === 'Escape') setPicked(null);
  };

  return (
    <div
      ref={box}
      className="wiring-graph-scroll"
      data-testid={`${mode}-graph`}
      data-graph-background={editing ? '' : undefined}
      tabIndex={editing ? -1 : undefined}
      onKeyDown={editing ? onKeyDown : undefined}
      onClick={editing ? () => setPicked(null) : undefined}
    >
      <svg
        className={`wiring-graph${hover ? ' has-hover' : ''}${editing ? ' is-editable' : ''}${drag ? ' is-dragging' : ''}`}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label="Callback graph"
      >
        <defs>
          {(['', 'hot', 'problem'] as const).map((tone) => (
            <marker key={tone} id={tone ? `${arrow}-${tone}` : arrow} viewBox="0 0 8 8" refX={7.5} refY={4} markerWidth={8.75} markerHeight={8.75} markerUnits="userSpaceOnUse" orient="auto">
              <path className={`wg-arrow${tone ? ` is-${tone}` : ''}`} d="M0,0.8 L7.5,4 L0,7.2 z" />
            </marker>
          ))}
        </defs>
        <GraphEdges
          edges={layout.edges}
          hot={hotEdges}
          markers={{ plain: arrow, hot: `${arrow}-hot`, problem: `${arrow}-problem` }}
          problems={problems.edges}
          editable={Boolean(editing)}
          selected={selectedEdge}
          hovered={drag ? null : hoverEdge}
          onHover={setHoverEdge}
          onSelect={(id) => {
            setPicked(id);
            box.current?.focus({ preventScroll: true });
          }}
          onRemove={remove}
        />
        <g className="wg-nodes">
          {layout.nodes.map((node) =>
            node.kind === 'callback' ? (
              <CallbackNodeView
                key={node.id}
                {...common(node)}
                testId={`${mode}-node-${node.key}`}
                onActivate={() => onCallback(node.key)}
                spec={specs.get(node.key)}
                run={runs?.[node.key]}
                showRuns={showRuns}
                active={node.key === activeCallback}
                ranLast={latest != null && runs?.[node.key]?.cascade === latest.key}
              />
            ) : (
              <PropNodeView
                key={node.id}
                {...common(node)}
                testId={`${mode}-prop-${node.key}`}
                onActivate={() => onComponent(node.owner)}
                selected={selection.includes(node.owner)}
                triggered={trigger.has(node.key)}
              />
            ),
          )}
        </g>
      </svg>
    </div>
  );
}
