import { useId, useMemo, useState, type ReactElement } from 'react';
import type { CallbackSpec } from '../../runtime/schema';
import { CallbackNodeView, PropNodeView, type NodeRun } from './GraphNodes';
import { layoutGraph, type LaidEdge, type Point } from './layout';
import type { WiringSource } from './model';
import './graph.css';

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
}

/** A smooth left-to-right path through the edge's points (lanes stay straight). */
export function edgePath(edge: Pick<LaidEdge, 'points' | 'back'>): string {
  const [first, ...rest] = edge.points as [Point, ...Point[]];
  let d = `M${first.x},${first.y}`;
  let prev = first;
  for (const p of rest) {
    if (edge.back) {
      const bend = Math.max(60, Math.abs(prev.x - p.x) / 2);
      d += ` C${prev.x + bend},${prev.y} ${p.x - bend},${p.y} ${p.x},${p.y}`;
    } else if (p.y === prev.y) {
      d += ` L${p.x},${p.y}`;
    } else {
      const dx = (p.x - prev.x) / 2;
      d += ` C${prev.x + dx},${prev.y} ${p.x - dx},${p.y} ${p.x},${p.y}`;
    }
    prev = p;
  }
  return d;
}

/** The wiring graph: components and values → callbacks → components and values, as SVG. */
export function GraphView({ project, mode, runs, latest, activeCallback, selection, onCallback, onComponent }: GraphViewProps): ReactElement {
  const showRuns = mode === 'devtools';
  const layout = useMemo(() => layoutGraph(project, { callbackHeight: 52 }), [project]);
  const specs = useMemo(() => new Map<string, CallbackSpec>(project.callbacks.map((c) => [c.id, c])), [project.callbacks]);
  const [hover, setHover] = useState<string | null>(null);
  const arrow = `dw-arrow-${useId().replace(/:/g, '')}`;

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

  return (
    <div className="wiring-graph-scroll" data-testid={`${mode}-graph`}>
      <svg
        className={`wiring-graph${hover ? ' has-hover' : ''}`}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label="Callback graph"
      >
        <defs>
          <marker id={arrow} viewBox="0 0 8 8" refX={7.5} refY={4} markerWidth={7} markerHeight={7} orient="auto">
            <path className="wg-arrow" d="M0,0.8 L7.5,4 L0,7.2 z" />
          </marker>
          <marker id={`${arrow}-hot`} viewBox="0 0 8 8" refX={7.5} refY={4} markerWidth={7} markerHeight={7} orient="auto">
            <path className="wg-arrow is-hot" d="M0,0.8 L7.5,4 L0,7.2 z" />
          </marker>
        </defs>
        <g className="wg-edges">
          {layout.edges.map((e) => {
            const hot = hotEdges.has(e.id);
            return (
              <path
                key={e.id}
                className={`wg-edge wg-edge-${e.kind}${hot ? ' is-hot' : ''}${e.back ? ' is-back' : ''}`}
                d={edgePath(e)}
                markerEnd={`url(#${hot ? `${arrow}-hot` : arrow})`}
                data-edge={e.id}
              />
            );
          })}
        </g>
        <g className="wg-nodes">
          {layout.nodes.map((node) =>
            node.kind === 'callback' ? (
              <CallbackNodeView
                key={node.id}
                node={node}
                testId={`${mode}-node-${node.key}`}
                hot={hotNodes.has(node.id)}
                onHover={setHover}
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
                node={node}
                testId={`${mode}-prop-${node.key}`}
                hot={hotNodes.has(node.id)}
                onHover={setHover}
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
