import type { ReactElement } from 'react';
import { edgePath } from './edgePath';
import type { LaidEdge, Point } from './layout';
import { edgeBinding } from './model';

/** Where an edge's × sits: its middle (each segment is a symmetric curve or a straight lane). */
export function edgeMiddle(edge: Pick<LaidEdge, 'points'>): Point {
  const n = edge.points.length;
  const a = edge.points[Math.floor((n - 1) / 2)]!;
  const b = edge.points[Math.floor(n / 2)]!;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

const WHAT: Record<LaidEdge['kind'], string> = { input: 'input', state: 'state', cancel: 'cancel', output: 'output' };

/** What an edge is, in words: "n.value → double (input)". */
export function edgeLabel(edge: LaidEdge): string {
  const b = edgeBinding(edge);
  return edge.kind === 'output' ? `${b.callback} → ${b.key} (output)` : `${b.key} → ${b.callback} (${WHAT[edge.kind]})`;
}

export interface EdgeMarkers {
  plain: string;
  hot: string;
  problem: string;
}

interface GraphEdgesProps {
  edges: readonly LaidEdge[];
  hot: ReadonlySet<string>;
  markers: EdgeMarkers;
  problems: ReadonlyMap<string, readonly string[]>;
  /** Editing (Graph tab): edges can be selected and removed. */
  editable: boolean;
  selected: string | null;
  hovered: string | null;
  onHover(id: string | null): void;
  onSelect(id: string): void;
  onRemove(edge: LaidEdge): void;
}

/** The edges, with (when editable) a wider invisible stroke to click and a × on the selected one. */
export function GraphEdges({ edges, hot, markers, problems, editable, selected, hovered, onHover, onSelect, onRemove }: GraphEdgesProps): ReactElement {
  const removable = edges.find((e) => e.id === selected);
  return (
    <g className="wg-edges">
      {edges.map((e) => {
        const isHot = hot.has(e.id);
        const problem = problems.get(e.id);
        const isSelected = e.id === selected;
        const classes = ['wg-edge', `wg-edge-${e.kind}`];
        if (isHot) classes.push('is-hot');
        if (e.back) classes.push('is-back');
        if (problem) classes.push('is-problem');
        if (isSelected) classes.push('is-selected');
        else if (editable && e.id === hovered) classes.push('is-pointed');
        const marker = problem ? markers.problem : isHot || isSelected ? markers.hot : markers.plain;
        const d = edgePath(e);
        return (
          <g key={e.id}>
            {isSelected ? <path className="wg-edge-halo" d={d} /> : null}
            <path className={classes.join(' ')} d={d} markerEnd={`url(#${marker})`} data-edge={e.id} data-problem={problem ? 'true' : undefined} />
            {editable || problem ? (
              <path
                className="wg-edge-hit"
                d={d}
                data-testid={`graph-edge-${e.id}`}
                data-selected={isSelected ? 'true' : undefined}
                onClick={editable ? (ev) => (ev.stopPropagation(), onSelect(e.id)) : undefined}
                onMouseEnter={() => onHover(e.id)}
                onMouseLeave={() => onHover(null)}
              >
                <title>{[edgeLabel(e), ...(problem ?? []), editable ? 'Click to select it, then Delete to remove it' : ''].filter(Boolean).join('\n')}</title>
              </path>
            ) : null}
          </g>
        );
      })}
      {editable && removable ? <RemoveButton edge={removable} onRemove={onRemove} onHover={onHover} /> : null}
    </g>
  );
}

function RemoveButton({ edge, onRemove, onHover }: { edge: LaidEdge; onRemove(edge: LaidEdge): void; onHover(id: string | null): void }): ReactElement {
  const { x, y } = edgeMiddle(edge);
  return (
    <g
      className="wg-edge-remove"
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={-1}
      data-testid="graph-edge-remove"
      aria-label={`Remove ${edgeLabel(edge)}`}
      onClick={(ev) => {
        ev.stopPropagation();
        onRemove(edge);
      }}
      onMouseEnter={() => onHover(edge.id)}
      onMouseLeave={() => onHover(null)}
    >
      <title>{`Remove ${edgeLabel(edge)}`}</title>
      <circle r={8} />
      <path d="M-3,-3 L3,3 M3,-3 L-3,3" />
    </g>
  );
}
