import { CircleAlert } from 'lucide-react';
import type { ReactElement } from 'react';
import { formatMs, triggerLabel } from '../graph/format';
import type { CascadeEntry } from './cascadeStore';

function clock(t: number): string {
  const d = new Date(t);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

function Row({ cascade, onCallback }: { cascade: CascadeEntry; onCallback(id: string): void }): ReactElement {
  const failed = cascade.errors.length > 0;
  const trigger = triggerLabel(cascade.trigger, cascade.initial);
  return (
    <li
      className={`dw-cascade${failed ? ' has-errors' : ''}`}
      data-testid="devtools-cascade"
      data-trigger={cascade.trigger.join(',')}
      data-initial={cascade.initial ? 'true' : undefined}
    >
      <div className="dw-cascade-head">
        <time className="dw-cascade-time" dateTime={new Date(cascade.startedAt).toISOString()}>
          {clock(cascade.startedAt)}
        </time>
        <span className={`dw-cascade-trigger${cascade.trigger.length ? '' : ' is-initial'}`} title={trigger}>
          {trigger}
        </span>
        <span className="dw-cascade-meta">
          {cascade.requests} req · {formatMs(cascade.ms)}
        </span>
      </div>
      <div className="dw-cascade-ran">
        {cascade.ran.length === 0 && !failed ? <span className="dw-cascade-none">nothing ran</span> : null}
        {cascade.ran.map((run, i) => {
          const err = cascade.errors.includes(run.callback);
          return (
            <button
              key={`${run.callback}-${i}`}
              type="button"
              className={`dw-run${err ? ' is-error' : ''}`}
              data-testid={`devtools-run-${run.callback}`}
              title={`${run.callback} · ${run.placement}${run.cache ? ` · cache ${run.cache}` : ''}${err ? ' · failed' : ''} — open its code`}
              onClick={() => onCallback(run.callback)}
            >
              <span className="dw-run-id">{run.callback}</span>
              <span className="dw-run-ms">{formatMs(run.ms)}</span>
              {run.cache === 'hit' ? <span className="dw-run-hit">hit</span> : null}
            </button>
          );
        })}
      </div>
      {failed ? (
        <div className="dw-cascade-errors" role="status">
          <CircleAlert size={12} aria-hidden />
          {cascade.errors.length === 1 ? 'Error in ' : 'Errors in '}
          {cascade.errors.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              <button type="button" className="dw-link-danger" onClick={() => onCallback(id)}>
                {id}
              </button>
            </span>
          ))}
        </div>
      ) : null}
    </li>
  );
}

/** Recent cascades, newest first: when, what set it off, what ran (ms), round trips, errors. */
export function CascadeList({ cascades, onCallback }: { cascades: readonly CascadeEntry[]; onCallback(id: string): void }): ReactElement {
  return (
    <ol className="dw-cascades" aria-label="Recent cascades">
      {[...cascades].reverse().map((c) => (
        <Row key={c.key} cascade={c} onCallback={onCallback} />
      ))}
    </ol>
  );
}
