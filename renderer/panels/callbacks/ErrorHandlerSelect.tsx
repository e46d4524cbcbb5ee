import type { CallbackSpec, Project } from '../../../runtime/schema';
import { setErrorHandler } from '../../actions/setErrorHandler';
import { createErrorHandler } from '../../actions/createErrorHandler';

/** The handler select's option that makes a new handler callback. */
export const NEW_HANDLER = '\u0000new';

/** The callback whose module handles this one's errors (onError), or the project's. */
export function ErrorHandlerSelect({ project, spec }: { project: Project; spec: CallbackSpec }) {
  const others = project.callbacks.filter((c) => c.id !== spec.id);
  const fallback = project.onError && project.onError !== spec.id ? `project's (${project.onError})` : 'none';
  return (
    <label className="dw-cb-check dw-cb-setting" title="A callback whose module gets (error, ctx) when this one fails; what it returns sets the outputs and the error counts as handled">
      on error
      <select data-testid="callback-on-error" value={spec.onError ?? ''} onChange={(e) => (e.target.value === NEW_HANDLER ? createErrorHandler(spec.id) : setErrorHandler(spec.id, e.target.value === '' ? undefined : e.target.value))}>
        <option value="">{fallback}</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {c.id}
          </option>
        ))}
        <option value={NEW_HANDLER}>New handler…</option>
      </select>
    </label>
  );
}
