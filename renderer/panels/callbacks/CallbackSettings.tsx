import { Plus, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { propKey, type CallbackSpec, type Project } from '../../../runtime/schema';
import { BindingPicker } from './BindingPicker';
import { bindingOptions } from './bindings';
import { ErrorHandlerSelect } from './ErrorHandlerSelect';
import { RunningSettings } from './RunningSettings';

export interface CallbackSettingsProps {
  project: Project;
  spec: CallbackSpec;
  onChange(patch: Partial<CallbackSpec>): void;
}

/** A whole number field that commits on blur or Enter; empty = the option is off. */
function NumberSetting({ label, testId, value, unit, title, onCommit }: { label: string; testId: string; value: number | undefined; unit: string; title: string; onCommit(value: number | undefined): void }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const parsed = text.trim() === '' ? undefined : Number(text);
  const invalid = parsed !== undefined && !(Number.isFinite(parsed) && parsed > 0);
  const commit = (): void => {
    if (invalid) return;
    if (parsed !== value) onCommit(parsed);
  };
  return (
    <label className="dw-cb-check dw-cb-setting" title={invalid ? 'a positive number, or empty for none' : title}>
      {label}
      <input
        className={`dw-cb-number${invalid ? ' dw-cb-invalid' : ''}`}
        data-testid={testId}
        inputMode="numeric"
        placeholder="off"
        value={text}
        size={6}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <span className="dw-cb-muted">{unit}</span>
    </label>
  );
}

/**
 * The options of a callback that are not wiring (DESIGN §2): background (progress with
 * ctx.progress, cancel props), cache TTL and time limit; its onError handler and running props (§4b). Client callbacks have no background or cache.
 */
export function CallbackSettings({ project, spec, onChange }: CallbackSettingsProps) {
  const [picking, setPicking] = useState(false);
  const server = spec.placement === 'server';
  const cancel = spec.cancel ?? [];
  const cancelKeys = new Set(cancel.map(propKey));
  return (
    <div className="dw-cb-settings" data-testid="callback-settings">
      {server && (
        <label className="dw-cb-check" title="Runs apart from the page's requests; reports progress with ctx.progress(fraction, message) and can be cancelled">
          <input
            type="checkbox"
            data-testid="callback-background"
            checked={spec.background === true}
            onChange={(e) => onChange(e.target.checked ? { background: true } : { background: undefined, cancel: undefined })}
          />
          background
        </label>
      )}
      {server && spec.background && (
        <span className="dw-cb-group" data-testid="callback-cancel">
          <span className="dw-cb-group-label">Cancel on</span>
          {cancel.map((b) => (
            <span key={propKey(b)} className="dw-cb-chip">
              <span className="dw-cb-chip-key">{propKey(b)}</span>
              <button type="button" className="dw-cb-chip-x" aria-label={`Remove ${propKey(b)}`} onClick={() => onChange({ cancel: cancel.filter((c) => propKey(c) !== propKey(b)) })}>
                <X size={12} aria-hidden />
              </button>
            </span>
          ))}
          {picking ? (
            <BindingPicker
              role="inputs"
              options={bindingOptions(project, spec, 'inputs').filter((o) => !cancelKeys.has(o.key))}
              onCancel={() => setPicking(false)}
              onPick={(o) => {
                setPicking(false);
                onChange({ cancel: [...cancel, { id: o.id, prop: o.prop }] });
              }}
            />
          ) : (
            <button type="button" className="dw-cb-add" data-testid="callback-add-cancel" title="A change of this prop (a Cancel button's clicks) stops a running call" onClick={() => setPicking(true)}>
              <Plus size={13} aria-hidden />
              {cancel.length === 0 && <span>add</span>}
            </button>
          )}
        </span>
      )}
      {server && (
        <NumberSetting
          label="cache"
          testId="callback-cache-ttl"
          unit="s"
          title="Keep results by a hash of the inputs for this many seconds (hits and misses in /metrics)"
          value={spec.cache?.ttlSeconds}
          onCommit={(ttlSeconds) => onChange({ cache: ttlSeconds === undefined ? undefined : { ttlSeconds } })}
        />
      )}
      <NumberSetting
        label="time limit"
        testId="callback-timeout"
        unit="ms"
        title="Stop the callback after this long (default: the server's CALLBACK_TIMEOUT_MS, 5 s)"
        value={spec.timeoutMs}
        onCommit={(timeoutMs) => onChange({ timeoutMs: timeoutMs === undefined ? undefined : Math.round(timeoutMs) })}
      />
      <ErrorHandlerSelect project={project} spec={spec} />
      <RunningSettings project={project} spec={spec} />
    </div>
  );
}
