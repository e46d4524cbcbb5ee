import { lazy, Suspense, useState } from 'react';
import { callbackTemplate } from '../../../runtime/graph/callbackTypes';
import type { CallbackSpec } from '../../../runtime/schema';
import {
  addCallback,
  deleteCallback,
  findCallback,
  renameCallback,
  selectActiveCallbackId,
  selectProject,
  setActiveCallback,
  updateCallback,
  useEditor,
} from '../../state/store';
import { renameArgument } from '../../actions/renameArgument';
import { emptyCallback, nextCallbackId } from './bindings';
import { componentTypes } from '../../state/componentTypes';
import { CallbackList } from './CallbackList';
import { NewCallbackForm } from './NewCallbackForm';
import { WiringBar } from './WiringBar';
import './callbacks.css';

// Monaco is large: load it when a callback is first shown.
const CallbackEditor = lazy(() => import('./CallbackEditor'));

export interface CallbacksPanelProps {
  /** Last run time of each callback (ms), when the preview reported one. */
  durations?: Readonly<Record<string, number>>;
}

/** The bottom panel's Callbacks tab: the list, the selected callback's wiring, its code. */
export function CallbacksPanel({ durations }: CallbacksPanelProps) {
  const project = useEditor(selectProject);
  const activeId = useEditor(selectActiveCallbackId);
  const [draft, setDraft] = useState<CallbackSpec | null>(null);
  const active = activeId ? findCallback(project, activeId) : undefined;

  const create = (spec: CallbackSpec): void => {
    const withDraft = { ...project, callbacks: [...project.callbacks, spec] };
    addCallback(spec, callbackTemplate(withDraft, componentTypes().catalog, spec.id));
    setDraft(null);
  };

  return (
    <div className="dw-cb-panel" data-testid="callbacks-panel">
      <CallbackList
        callbacks={project.callbacks}
        selectedId={active?.id ?? null}
        durations={durations}
        creating={draft !== null}
        onSelect={(id) => {
          setDraft(null);
          setActiveCallback(id);
        }}
        onNew={() => setDraft(emptyCallback(nextCallbackId(project)))}
      />
      <section className="dw-cb-main" aria-label={draft ? 'New callback' : active ? `Callback ${active.id}` : 'Callback'}>
        {draft ? (
          <NewCallbackForm project={project} draft={draft} onChange={setDraft} onCancel={() => setDraft(null)} onCreate={() => create(draft)} />
        ) : active ? (
          <>
            <WiringBar
              key={active.id}
              project={project}
              spec={active}
              onChange={(patch) => updateCallback(active.id, patch)}
              onRename={(id) => {
                const result = renameCallback(active.id, id);
                return result.ok ? null : result.error;
              }}
              onDelete={() => deleteCallback(active.id)}
              onRenameArgument={(role, index, name) => void renameArgument(active.id, role, index, name)}
            />
            <Suspense fallback={<div className="dw-cb-editor dw-cb-muted">Loading editor…</div>}>
              <CallbackEditor callbackId={active.id} />
            </Suspense>
          </>
        ) : (
          <div className="dw-cb-empty dw-cb-muted">
            {project.callbacks.length ? 'Select a callback to edit its wiring and code.' : 'A callback sets component props when others change. Create one with “New callback”.'}
          </div>
        )}
      </section>
    </div>
  );
}
