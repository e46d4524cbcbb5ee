import { Braces } from 'lucide-react';
import type { KeyboardEvent, PointerEvent, ReactElement } from 'react';
import { useComponentTypes } from '../state/componentTypes';
import type { CallbackSpec } from '../../runtime/schema';
import { iconFor } from '../palette/icons';
import { fit, formatMs, triggerLabel } from './format';
import type { LaidNode } from './layout';

/** A callback's last run as its node shows it (dev tools); see devtools/cascadeStore.ts. */
export interface NodeRun {
  ms: number;
  placement: 'server' | 'client';
  cache?: 'hit' | 'miss';
  trigger: readonly string[];
  initial: boolean;
  failed: boolean;
}

interface Common {
  node: LaidNode;
  testId: string;
  hot: boolean;
  onHover(id: string | null): void;
  onActivate(): void;
  /** Graph tab: what the problems of the Problems list say about this node. */
  problems?: readonly string[];
  /** Graph tab, during a drag: this node could take the drop ("candidate") or is under the pointer ("target"). */
  drop?: 'candidate' | 'target';
  /** Graph tab (editing): a press that may become a drag from this node; also makes it a drop target. */
  onDragStart?(e: PointerEvent): void;
}

function activateOnKey(e: KeyboardEvent, activate: () => void): void {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    activate();
  }
}

/** Classes and attributes the editing Graph tab adds to a node. */
function editing({ node, problems, drop, onDragStart }: Common, classes: string[]) {
  if (problems?.length) classes.push('is-problem');
  if (drop) classes.push(`is-drop-${drop}`);
  return {
    'data-drop': onDragStart ? node.id : undefined,
    'data-problem': problems?.length ? 'true' : undefined,
    onPointerDown: onDragStart,
  };
}

/** A tooltip: what the node is, then its problems, then what clicking (and dragging) does. */
function tooltip(what: string, problems: readonly string[] | undefined, ...hints: Array<string | false>): string {
  return [what, ...(problems ?? []).map((p) => `⚠ ${p}`), ...hints].filter(Boolean).join('\n');
}

/** A small circle on the right edge, where a drag starts (shown on hover, Graph tab only). */
function Port({ node }: { node: LaidNode }): ReactElement {
  return <circle className="wg-port" cx={node.width} cy={node.height / 2} r={3.5} aria-hidden />;
}

function Pill({ x, y, label, tone }: { x: number; y: number; label: string; tone: string }): ReactElement {
  const width = label.length * 6 + 12;
  return (
    <g className={`wg-pill wg-pill-${tone}`} transform={`translate(${x - width},${y})`}>
      <rect width={width} height={16} rx={8} />
      <text x={width / 2} y={11.5} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

function options(spec: CallbackSpec | undefined): string {
  if (!spec) return '';
  const parts = [`${spec.inputs.length} in`, `${spec.outputs.length} out`];
  if (spec.state.length) parts.push(`${spec.state.length} state`);
  if (spec.cache) parts.push(`cache ${spec.cache.ttlSeconds} s`);
  if (spec.background) parts.push('background');
  if (spec.preventInitialCall) parts.push('no initial call');
  return parts.join(' · ');
}

type CallbackProps = Common & { spec: CallbackSpec | undefined; run: NodeRun | undefined; showRuns: boolean; active: boolean; ranLast: boolean };

export function CallbackNodeView(props: CallbackProps): ReactElement {
  const { node, testId, hot, onHover, onActivate, spec, run, showRuns, active, ranLast, problems, onDragStart } = props;
  const placement = run?.placement ?? node.placement ?? 'server';
  const classes = ['wg-node', 'wg-cb'];
  if (active) classes.push('is-active');
  if (hot) classes.push('is-hot');
  if (showRuns && ranLast) classes.push('is-ran');
  if (showRuns && run?.failed) classes.push('is-failed');
  const extra = editing(props, classes);
  const titleWidth = node.width - 24 - 56;
  const detailWidth = node.width - 24 - (run?.cache ? 44 : 0);
  let detail: ReactElement;
  if (!showRuns) {
    detail = <text className="wg-sub">{fit(options(spec), detailWidth, 6.2)}</text>;
  } else if (!run) {
    detail = <text className="wg-sub">not run yet</text>;
  } else {
    const ms = formatMs(run.ms);
    const trig = triggerLabel(run.trigger, run.initial);
    detail = (
      <text className="wg-sub">
        <tspan className={run.failed ? 'wg-err' : 'wg-ms'}>{run.failed ? `failed · ${ms}` : ms}</tspan>
        <tspan> · {fit(trig, detailWidth - (ms.length + 3) * 6.6, 6.2)}</tspan>
      </text>
    );
  }
  const what = `${node.key} (${placement})${run ? ` · last run ${formatMs(run.ms)} · ${triggerLabel(run.trigger, run.initial)}` : ''}`;
  return (
    <g
      className={classes.join(' ')}
      transform={`translate(${node.x},${node.y})`}
      data-testid={testId}
      data-callback={node.key}
      data-ms={showRuns && run ? run.ms.toFixed(2) : undefined}
      data-cache={showRuns ? run?.cache : undefined}
      data-placement={placement}
      role="button"
      tabIndex={0}
      aria-label={`Callback ${node.key}: open its code`}
      onClick={onActivate}
      onKeyDown={(e) => activateOnKey(e, onActivate)}
      onMouseEnter={() => onHover(node.id)}
      onMouseLeave={() => onHover(null)}
      {...extra}
    >
      <title>{tooltip(what, problems, 'Click to open its code', Boolean(onDragStart) && 'Drag onto a prop to add an output')}</title>
      <rect className="wg-box" width={node.width} height={node.height} rx={6} />
      <text className="wg-title" x={12} y={20}>
        {fit(node.key, titleWidth, 7.2)}
      </text>
      <Pill x={node.width - 10} y={7} label={placement} tone={placement} />
      <g transform={`translate(12,${node.height - 13})`}>{detail}</g>
      {showRuns && run?.cache ? <Pill x={node.width - 10} y={node.height - 24} label={run.cache} tone={run.cache} /> : null}
      {onDragStart ? <Port node={node} /> : null}
    </g>
  );
}

export function PropNodeView(props: Common & { selected: boolean; triggered: boolean }): ReactElement {
  const { node, testId, hot, onHover, onActivate, selected, triggered, problems, onDragStart } = props;
  const types = useComponentTypes();
  const Icon = node.isValue ? Braces : iconFor(types.get(node.componentType ?? '')?.icon ?? 'Box');
  const classes = ['wg-node', 'wg-prop'];
  if (node.isValue) classes.push('is-value');
  if (selected) classes.push('is-selected');
  if (hot) classes.push('is-hot');
  if (triggered) classes.push('is-trigger');
  const extra = editing(props, classes);
  const owner = fit(node.owner, node.width - 40 - (node.prop ? Math.min(node.prop.length + 1, 10) * 6.6 : 0), 7);
  const clickable = !node.isValue;
  const what = node.isValue ? 'value' : (node.componentType ?? 'component');
  return (
    <g
      className={classes.join(' ')}
      transform={`translate(${node.x},${node.y})`}
      data-testid={testId}
      data-key={node.key}
      role={clickable ? 'button' : undefined}
      tabIndex={clickable ? 0 : undefined}
      aria-label={clickable ? `${node.key}: select ${node.owner} on the canvas` : `value ${node.owner}`}
      onClick={clickable ? onActivate : undefined}
      onKeyDown={clickable ? (e) => activateOnKey(e, onActivate) : undefined}
      onMouseEnter={() => onHover(node.id)}
      onMouseLeave={() => onHover(null)}
      {...extra}
    >
      <title>{tooltip(`${node.key} (${what})`, problems, clickable && 'Click to select it on the canvas', Boolean(onDragStart) && 'Drag onto a callback to add an input (Shift: state)')}</title>
      <rect className="wg-box" width={node.width} height={node.height} rx={node.isValue ? node.height / 2 : 6} />
      <g transform={`translate(11,${node.height / 2 - 6.5})`} className="wg-icon">
        <Icon size={13} strokeWidth={1.75} aria-hidden />
      </g>
      <text className="wg-label" x={31} y={node.height / 2 + 4}>
        {owner}
        {node.prop ? <tspan className="wg-prop-name">.{fit(node.prop, node.width - 40 - owner.length * 7, 6.6)}</tspan> : null}
      </text>
      {onDragStart ? <Port node={node} /> : null}
    </g>
  );
}
