import { useCallback, useEffect, type ReactElement } from 'react';
import { useRuntimeSelector } from './hooks';
import type { AppRuntime } from './runtime';
import type { RuntimeError } from './store';

const AUTO_DISMISS_MS = 12_000;

function Toast({ error, onDismiss }: { error: RuntimeError; onDismiss: () => void }): ReactElement {
  useEffect(() => {
    const timer = setTimeout(onDismiss, AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);
  const title = error.source === 'network' ? 'Request failed' : 'Callback error';
  return (
    <div className="dw-toast" role="alert" data-callback={error.callback}>
      <div className="dw-toast-head">
        <span className="dw-toast-title">
          {title} <code>{error.callback}</code>
        </span>
        <button type="button" className="dw-toast-close" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      </div>
      <div className="dw-toast-message">{error.message}</div>
      {error.location ? <div className="dw-toast-location">{error.location}</div> : null}
    </div>
  );
}

/** Callback and request errors, newest last; the rest of the app keeps working. */
export function ErrorToasts({ runtime }: { runtime: AppRuntime }): ReactElement | null {
  const errors = useRuntimeSelector(runtime, (s) => s.errors);
  if (errors.length === 0) return null;
  return (
    <div className="dw-toasts" aria-live="polite">
      {errors.map((error) => (
        <ToastItem key={error.id} runtime={runtime} error={error} />
      ))}
    </div>
  );
}

function ToastItem({ runtime, error }: { runtime: AppRuntime; error: RuntimeError }): ReactElement {
  // Stable per toast, so its auto-dismiss timer is not restarted on every render.
  const dismiss = useCallback(() => runtime.dismissError(error.id), [runtime, error.id]);
  return <Toast error={error} onDismiss={dismiss} />;
}
