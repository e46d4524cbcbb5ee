import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import type { CallbackSpec, Project } from '../../../runtime/schema';
import { setCallbackRunning } from '../../actions/setCallbackRunning';
import { runningEntryOf, runningTargets } from './runningForm';

const show = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

/**
 * A callback's running props (DESIGN §4b, Dash's running=[(Output, on, off)]): a chip per entry
 * with its × to remove it, and a small form (component prop, on and off as JSON) to add one. Each
 * add or remove is one undo step (setCallbackRunning).
 */
export function RunningSettings({ project, spec }: { project: Project; spec: CallbackSpec }) {
  const running = spec.running ?? [];
  const [adding, setAdding] = useState(false);
  const [key, setKey] = useState('');
  const [on, setOn] = useState('true');
  const [off, setOff] = useState('false');
  const taken = new Set(running.map((r) => `${r.id}.${r.prop}`));
  const targets = runningTargets(project).filter((k) => !taken.has(k));
  const result = key ? runningEntryOf(project, key, on, off) : null;
  const add = (): void => {
    if (!result?.ok) return;
    setCallbackRunning(spec.id, [...running, result.entry]);
    setAdding(false);
    setKey('');
  };
  return (
    <span className="dw-cb-group" data-testid="callback-running">
      <span className="dw-cb-group-label" title="Props set to “on” while the callback runs and to “off” once it settles">While running</span>
      {running.map((r, i) => (
        <span key={`${r.id}.${r.prop}`} className="dw-cb-chip" data-testid="callback-running-entry">
          <span className="dw-cb-chip-key">{`${r.id}.${r.prop}: ${show(r.on)} → ${show(r.off)}`}</span>
          <button type="button" className="dw-cb-chip-x" aria-label={`Remove running ${r.id}.${r.prop}`} onClick={() => setCallbackRunning(spec.id, running.filter((_, j) => j !== i))}>
            <X size={12} aria-hidden />
          </button>
        </span>
      ))}
      {adding ? (
        <span className="dw-cb-group" data-testid="callback-running-form">
          <select aria-label="Running prop" data-testid="callback-running-prop" value={key} onChange={(e) => setKey(e.target.value)}>
            <option value="">prop…</option>
            {targets.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          <input aria-label="On (JSON)" data-testid="callback-running-on" className="dw-cb-number" size={8} value={on} onChange={(e) => setOn(e.target.value)} />
          <span className="dw-cb-muted">→</span>
          <input aria-label="Off (JSON)" data-testid="callback-running-off" className="dw-cb-number" size={8} value={off} onChange={(e) => setOff(e.target.value)} />
          <button type="button" className="dw-cb-add" data-testid="callback-running-add" disabled={!result?.ok} title={result && !result.ok ? result.error : 'Add'} onClick={add}>
            add
          </button>
          <button type="button" className="dw-cb-chip-x" aria-label="Cancel" onClick={() => setAdding(false)}>
            <X size={12} aria-hidden />
          </button>
          {result && !result.ok && <span className="dw-cb-error">{result.error}</span>}
        </span>
      ) : (
        <button type="button" className="dw-cb-add" data-testid="callback-add-running" title="Set a prop while this callback runs (a button disabled, a status text)" onClick={() => setAdding(true)}>
          <Plus size={13} aria-hidden />
          {running.length === 0 && <span>add</span>}
        </button>
      )}
    </span>
  );
}
