import type { CallbackSpec, Project } from '../../../runtime/schema';
import { callbackIdError } from './bindings';
import { WiringBar } from './WiringBar';

export interface NewCallbackFormProps {
  project: Project;
  draft: CallbackSpec;
  onChange(draft: CallbackSpec): void;
  onCreate(): void;
  onCancel(): void;
}

/** Wiring of a callback not created yet: pick at least one output (and inputs), then Create. */
export function NewCallbackForm({ project, draft, onChange, onCreate, onCancel }: NewCallbackFormProps) {
  const idProblem = callbackIdError(project, draft.id);
  const missing = draft.outputs.length === 0 ? 'Choose at least one output: what the callback sets.' : null;
  return (
    <div className="dw-cb-new-form" data-testid="callback-new-form">
      <WiringBar
        project={project}
        spec={draft}
        initialPicking="outputs"
        onChange={(patch) => onChange({ ...draft, ...patch })}
        onRename={(id) => {
          const why = callbackIdError(project, id);
          if (!why) onChange({ ...draft, id });
          return why;
        }}
      />
      <div className="dw-cb-new-actions">
        <span className="dw-cb-muted">
          {idProblem ?? missing ?? 'Inputs set it off when they change; state is read without setting it off.'}
        </span>
        <button type="button" className="dw-cb-button" data-testid="callback-cancel" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="dw-cb-button dw-cb-primary"
          data-testid="callback-create"
          disabled={Boolean(idProblem || missing)}
          onClick={onCreate}
        >
          Create
        </button>
      </div>
    </div>
  );
}
