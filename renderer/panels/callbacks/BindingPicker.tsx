import { Check, X } from 'lucide-react';
import { useState } from 'react';
import type { BindingOption, BindingRole } from './bindings';

export interface BindingPickerProps {
  role: BindingRole;
  options: readonly BindingOption[];
  onPick(option: BindingOption): void;
  onCancel(): void;
}

const PROMPT: Record<BindingRole, string> = {
  inputs: 'Choose an input…',
  state: 'Choose a state prop…',
  outputs: 'Choose an output…',
};

/** A native select of "id.prop" options (tests drive it with selectOption) and an Add button. */
export function BindingPicker({ role, options, onPick, onCancel }: BindingPickerProps) {
  const [key, setKey] = useState('');
  const picked = options.find((o) => o.key === key && !o.disabledReason);
  const confirm = (): void => {
    if (picked) onPick(picked);
  };
  return (
    <span className="dw-cb-picker" role="group" aria-label={PROMPT[role]}>
      <select
        data-testid="wiring-picker"
        className="dw-cb-select"
        value={key}
        autoFocus
        onChange={(e) => setKey(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') confirm();
          if (e.key === 'Escape') onCancel();
        }}
      >
        <option value="">{options.length ? PROMPT[role] : 'Nothing left to pick'}</option>
        {options.map((o) => (
          <option key={o.key} value={o.key} disabled={Boolean(o.disabledReason)}>
            {o.key} ({o.kind}){o.disabledReason ? ` — ${o.disabledReason}` : ''}
          </option>
        ))}
      </select>
      <button type="button" className="dw-cb-icon-btn" data-testid="wiring-picker-confirm" disabled={!picked} onClick={confirm} title="Add">
        <Check size={14} aria-hidden />
        <span>Add</span>
      </button>
      <button type="button" className="dw-cb-icon-btn" data-testid="wiring-picker-cancel" onClick={onCancel} title="Cancel" aria-label="Cancel">
        <X size={14} aria-hidden />
      </button>
    </span>
  );
}
