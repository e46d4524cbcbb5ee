import { Monitor, Plus, Server, Trash2, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { bindingTsType } from '../../../runtime/graph/callbackTypes';
import { argName, propKey, type Binding, type CallbackSpec, type Project } from '../../../runtime/schema';
import { BindingPicker } from './BindingPicker';
import { CallbackSettings } from './CallbackSettings';
import { asError, bindingOptions, newBinding, ROLE_LABEL, rolePatch, type BindingRole } from './bindings';
import { componentTypes } from '../../state/componentTypes';

export interface WiringBarProps {
  project: Project;
  spec: CallbackSpec;
  onChange(patch: Partial<CallbackSpec>): void;
  /** Rename the callback; returns why not, or null. */
  onRename(newId: string): string | null;
  onDelete?(): void;
  /** Give binding `index` of `role` a new `as` name (the code follows); without it, a plain wiring change. */
  onRenameArgument?(role: BindingRole, index: number, name: string): void;
  /** Open this role's picker on first render (new callback: prompt for an output). */
  initialPicking?: BindingRole | null;
}

const ADD_TESTID: Record<BindingRole, string> = {
  inputs: 'wiring-add-input',
  state: 'wiring-add-state',
  outputs: 'wiring-add-output',
};

/** Inputs / state / outputs as chips, the id, placement and options of one callback. */
export function WiringBar({ project, spec, onChange, onRename, onDelete, onRenameArgument, initialPicking = null }: WiringBarProps) {
  const [picking, setPicking] = useState<BindingRole | null>(initialPicking);
  const roles: BindingRole[] = ['inputs', 'state', 'outputs'];
  return (
    <div className="dw-cb-wiring" data-testid="wiring-bar">
      <div className="dw-cb-wiring-head">
        <IdField id={spec.id} onRename={onRename} />
        <button
          type="button"
          className="dw-cb-toggle"
          data-testid="callback-placement"
          data-placement={spec.placement}
          aria-label={`Placement: ${spec.placement}`}
          title={spec.placement === 'server' ? 'Runs on the server. Click to run it in the browser.' : 'Runs in the browser. Click to run it on the server.'}
          onClick={() => onChange({ placement: spec.placement === 'server' ? 'client' : 'server' })}
        >
          {spec.placement === 'server' ? <Server size={13} aria-hidden /> : <Monitor size={13} aria-hidden />}
          {spec.placement}
        </button>
        <label className="dw-cb-check" title="Do not run this callback when the app loads">
          <input
            type="checkbox"
            data-testid="callback-prevent-initial"
            checked={spec.preventInitialCall === true}
            onChange={(e) => onChange({ preventInitialCall: e.target.checked ? true : undefined })}
          />
          prevent initial call
        </label>
        {onDelete && (
          <button type="button" className="dw-cb-icon-btn dw-cb-push-right" data-testid="callback-delete" title="Delete callback" aria-label="Delete callback" onClick={onDelete}>
            <Trash2 size={14} aria-hidden />
          </button>
        )}
      </div>
      <div className="dw-cb-groups">
        {roles.map((role) => (
          <div key={role} className="dw-cb-group" data-testid={`wiring-${role}`}>
            <span className="dw-cb-group-label">{ROLE_LABEL[role]}</span>
            {spec[role].map((b, i) => (
              <Chip
                key={propKey(b)}
                binding={b}
                role={role}
                type={typeLabel(project, b, role)}
                removable={!(role === 'outputs' && spec.outputs.length === 1 && project.callbacks.some((c) => c.id === spec.id))}
                error={(name) => asError(spec, role, i, name)}
                onRename={(name) =>
                  onRenameArgument ? onRenameArgument(role, i, name) : onChange(rolePatch(role, spec[role].map((x, j) => (j === i ? { ...x, as: name } : x))))
                }
                onRemove={() => onChange(rolePatch(role, spec[role].filter((_, j) => j !== i)))}
              />
            ))}
            {picking === role ? (
              <BindingPicker
                role={role}
                options={bindingOptions(project, spec, role)}
                onCancel={() => setPicking(null)}
                onPick={(o) => {
                  setPicking(null);
                  onChange(rolePatch(role, [...spec[role], newBinding(spec, role, o)]));
                }}
              />
            ) : (
              <button type="button" className="dw-cb-add" data-testid={ADD_TESTID[role]} title={`Add ${role === 'state' ? 'state' : role.slice(0, -1)}`} onClick={() => setPicking(role)}>
                <Plus size={13} aria-hidden />
                {spec[role].length === 0 && <span>add</span>}
              </button>
            )}
          </div>
        ))}
      </div>
      {project.callbacks.some((c) => c.id === spec.id) && <CallbackSettings project={project} spec={spec} onChange={onChange} />}
    </div>
  );
}

interface ChipProps {
  binding: Binding;
  role: BindingRole;
  type: string;
  removable: boolean;
  error(name: string): string | null;
  onRename(name: string): void;
  onRemove(): void;
}

function Chip({ binding, role, type, removable, error, onRename, onRemove }: ChipProps) {
  const key = propKey(binding);
  const name = argName(binding);
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  const problem = text === name ? null : error(text);
  const commit = (): void => {
    if (text === name) return;
    if (problem) setText(name);
    else onRename(text);
  };
  return (
    <span className="dw-cb-chip" data-testid={`wiring-chip-${role}-${key}`} title={`${key}: ${type}`}>
      <span className="dw-cb-chip-key">{key}</span>
      <span className="dw-cb-muted" aria-hidden>
        as
      </span>
      <input
        className={`dw-cb-as${problem ? ' dw-cb-invalid' : ''}`}
        data-testid={`wiring-as-${role}-${key}`}
        aria-label={`Argument name of ${key}`}
        title={problem ?? `Name of ${key} in the callback`}
        value={text}
        size={Math.max(text.length, 2)}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(name);
        }}
      />
      <span className="dw-cb-muted dw-cb-type">{type}</span>
      {removable && (
        <button type="button" className="dw-cb-chip-x" data-testid={`wiring-remove-${role}-${key}`} aria-label={`Remove ${key}`} onClick={onRemove}>
          <X size={12} aria-hidden />
        </button>
      )}
    </span>
  );
}

function IdField({ id, onRename }: { id: string; onRename(newId: string): string | null }) {
  const [text, setText] = useState(id);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setText(id);
    setProblem(null);
  }, [id]);
  const commit = (): void => {
    if (text === id) return setProblem(null);
    const why = onRename(text);
    setProblem(why);
  };
  return (
    <span className="dw-cb-id">
      <input
        className={`dw-cb-id-input${problem ? ' dw-cb-invalid' : ''}`}
        data-testid="callback-id"
        aria-label="Callback id"
        value={text}
        size={Math.max(text.length, 4)}
        spellCheck={false}
        title={problem ?? 'Callback id (also the file name callbacks/<id>.ts)'}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(id);
        }}
      />
      {problem && <span className="dw-cb-error" role="alert">{problem}</span>}
    </span>
  );
}

/** What a chip shows as the binding's type; a named value's type is inferred from its producer's code. */
function typeLabel(project: Project, b: Binding, role: BindingRole): string {
  if (!project.values.some((v) => v.id === b.id)) return bindingTsType(project, componentTypes().catalog, b);
  if (role === 'outputs') return 'inferred';
  const producer = project.callbacks.find((cb) => cb.outputs.some((o) => o.id === b.id && o.prop === b.prop));
  return producer ? `from ${producer.id}` : 'unknown';
}
