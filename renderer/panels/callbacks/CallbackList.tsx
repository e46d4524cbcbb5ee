import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import type { CallbackSpec } from '../../../runtime/schema';

export interface CallbackListProps {
  callbacks: readonly CallbackSpec[];
  selectedId: string | null;
  /** Last run time per callback id, in ms, when known. */
  durations?: Readonly<Record<string, number>>;
  /** True while the new-callback form is open. */
  creating: boolean;
  onSelect(id: string): void;
  onNew(): void;
  /** Shown below the callbacks (the project's components). */
  children?: ReactNode;
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** The project's callbacks (id, placement, last duration) and "+ New callback". */
export function CallbackList({ callbacks, selectedId, durations, creating, onSelect, onNew, children }: CallbackListProps) {
  return (
    <nav className="dw-cb-list" aria-label="Callbacks">
      <ul>
        {callbacks.map((cb) => {
          const ms = durations?.[cb.id];
          const selected = !creating && cb.id === selectedId;
          return (
            <li key={cb.id}>
              <button
                type="button"
                className={`dw-cb-item${selected ? ' dw-cb-selected' : ''}`}
                data-testid={`callback-item-${cb.id}`}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(cb.id)}
              >
                <span className="dw-cb-item-id">{cb.id}</span>
                <span className="dw-cb-muted">
                  {cb.placement}
                  {ms !== undefined && ` · ${formatMs(ms)}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {callbacks.length === 0 && !creating && <p className="dw-cb-muted dw-cb-hint">No callbacks yet.</p>}
      <button type="button" className={`dw-cb-new${creating ? ' dw-cb-selected' : ''}`} data-testid="callback-new" onClick={onNew}>
        <Plus size={13} aria-hidden />
        New callback
      </button>
      {children}
    </nav>
  );
}
