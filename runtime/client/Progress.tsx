import { useLayoutEffect, useState, type ReactElement } from 'react';
import { createPortal } from 'react-dom';
import { useRuntimeSelector } from './hooks';
import type { AppRuntime } from './runtime';
import type { ComponentProgress } from './store';

/** The progress bar a background job lays over one component it is computing. */
export function ProgressBar({ progress }: { progress: ComponentProgress }): ReactElement {
  const percent = Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100);
  const label = progress.message ?? 'Working…';
  return (
    <div
      className="dw-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%: ${label}`}
      aria-label={`${progress.callback} progress`}
      data-callback={progress.callback}
    >
      <div className="dw-progress-track">
        <div className="dw-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="dw-progress-text">
        <span className="dw-progress-message">{label}</span>
        <span className="dw-progress-percent">{percent}%</span>
      </div>
    </div>
  );
}

/** Renders into the component's root element (found by its id), so the bar sits on the card itself. */
function ProgressPortal({ id, progress }: { id: string; progress: ComponentProgress }): ReactElement | null {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => setHost(document.getElementById(id)), [id]);
  return host ? createPortal(<ProgressBar progress={progress} />, host) : null;
}

/** A progress bar on every component a running background job writes. */
export function ProgressOverlays({ runtime }: { runtime: AppRuntime }): ReactElement {
  const progress = useRuntimeSelector(runtime, (s) => s.progress);
  return (
    <>
      {Object.entries(progress).map(([id, p]) => (
        <ProgressPortal key={`${id}:${p.job}`} id={id} progress={p} />
      ))}
    </>
  );
}
