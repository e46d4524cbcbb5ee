import type { ReactElement } from 'react';
import type { ViewProps } from '../define';
import { formatNumber, toneOf } from './format';
import type { StatProps } from './props';

/** A KPI card: the label, the formatted value in large tabular figures, and the delta with an arrow in green or red. */
export function StatView({ props }: ViewProps<StatProps>): ReactElement {
  const { label, value, delta, trend, caption } = props;
  const shown = value === null ? '—' : typeof value === 'number' ? formatNumber(value, props.format) : value;
  const tone = delta === null ? null : toneOf(delta, trend);
  return (
    <div className="dw-stat">
      {label ? <div className="dw-stat-label">{label}</div> : null}
      <div className="dw-stat-value">
        {props.prefix ? <span className="dw-stat-affix">{props.prefix}</span> : null}
        {shown}
        {props.suffix ? <span className="dw-stat-affix">{props.suffix}</span> : null}
      </div>
      {delta !== null || caption ? (
        <div className="dw-stat-foot">
          {delta !== null ? (
            <span className="dw-stat-delta" data-tone={tone ?? undefined}>
              <span className="dw-stat-arrow" aria-hidden="true">{delta > 0 ? '▲' : delta < 0 ? '▼' : '■'}</span>
              <span className="dw-stat-sr">{delta > 0 ? 'Up ' : delta < 0 ? 'Down ' : 'Unchanged '}</span>
              {formatNumber(delta, props.deltaFormat)}
            </span>
          ) : null}
          {caption ? <span className="dw-stat-caption">{caption}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
