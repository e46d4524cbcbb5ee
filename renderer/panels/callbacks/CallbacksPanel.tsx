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
import { editor } from '../../state/editorStore';

const setActiveComponent = (type: string | null): void => editor().setActiveComponent(type);
import { emptyCallback, nextCallbackId } from './bindings';
import { componentTypes } from '../../state/componentTypes';
import { CallbackList } from './CallbackList';
import { ComponentList, NewComponentForm } from './ComponentList';
import { ValueList, ValuePanel } from './ValueList';
import { NewCallbackForm } from './NewCallbackForm';
import { WiringBar } from './WiringBar';
import './callbacks.css';

// Monaco is large: load it when a callback is first shown.
const CallbackEditor = lazy(() => import('./CallbackEditor'));
const ComponentSourceEditor = lazy(() => import('./ComponentSourceEditor'));

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
  const activeComponent = useEditor((s) => (s.session.activeComponentType !== null && Object.hasOwn(s.components, s.session.activeComponentType) ? s.session.activeComponentType : null));
  const newComponent = useEditor((s) => s.session.newComponentForm);
  const activeValue = useEditor((s) => (s.session.activeValueId !== null && s.project.values.some((v) => v.id === s.session.activeValueId) ? s.session.activeValueId : null));

  const create = (spec: CallbackSpec): void => {
    const withDraft = { ...project, callbacks: [...project.callbacks, spec] };
    addCallback(spec, callbackTemplate(withDraft, componentTypes().catalog, spec.id));
    setDraft(null);
  };

  return (
    <div className="dw-cb-panel" data-testid="callbacks-panel">
      <CallbackList
        callbacks={project.callbacks}
        selectedId={activeComponent !== null || newComponent || activeValue !== null ? null : (active?.id ?? null)}
        durations={durations}
        creating={draft !== null}
        onSelect={(id) => {
          setDraft(null);
          setActiveCallback(id);
          setActiveComponent(null);
        }}
        onNew={() => {
          setActiveComponent(null);
          setDraft(emptyCallback(nextCallbackId(project)));
        }}
      >
        <ValueList />
        <ComponentList />
      </CallbackList>
      <section className="dw-cb-main" aria-label={draft ? 'New callback' : active ? `Callback ${active.id}` : 'Callback'}>
        {newComponent ? (
          <NewComponentForm />
        ) : activeComponent !== null ? (
          <Suspense fallback={<div className="dw-cb-editor dw-cb-muted">Loading editor…</div>}>
            <ComponentSourceEditor key={activeComponent} type={activeComponent} />
          </Suspense>
        ) : activeValue !== null ? (
          <ValuePanel id={activeValue} />
        ) : draft ? (
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
