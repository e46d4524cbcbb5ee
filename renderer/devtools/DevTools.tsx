import { Activity, Columns2, Trash2 } from 'lucide-react';
import type { ReactElement } from 'react';
import { GraphLegend } from '../graph/GraphTab';
import { GraphView } from '../graph/GraphView';
import { openCallbackCode, selectOnCanvas } from '../graph/open';
import { editor } from '../state/editorStore';
import { selectActiveCallbackId, selectProject, selectSelection, useEditor } from '../state/store';
import { CascadeList } from './CascadeList';
import { useCascades } from './cascadeStore';
import './devtools.css';

/**
 * The Dev tools tab: what the running preview did. The callback graph with each callback's last
 * run (duration, trigger, cache hit, placement) and the recent cascades; clicking a callback
 * opens its code.
 */
export function DevTools(): ReactElement {
  const project = useEditor(selectProject);
  const active = useEditor(selectActiveCallbackId);
  const selection = useEditor(selectSelection);
  const previewShown = useEditor((s) => s.session.view !== 'design');
  const cascades = useCascades((s) => s.cascades);
  const last = useCascades((s) => s.last);
  const clear = useCascades((s) => s.clear);
  const newest = cascades[cascades.length - 1];

  return (
    <div className="dw-devtools" data-testid="devtools">
      <div className="wiring-graph-bar">
        {previewShown ? (
          <span className="dw-live">
            <span className="dw-live-dot" aria-hidden />
            Recording the preview
          </span>
        ) : (
          <span className="dw-live is-off">
            Preview hidden
            <button type="button" className="dw-link" onClick={() => editor().setView('split')}>
              <Columns2 size={12} aria-hidden /> Split view
            </button>
          </span>
        )}
        <span>
          {cascades.length} cascade{cascades.length === 1 ? '' : 's'}
        </span>
        <span className="spacer" />
        <GraphLegend />
        <button type="button" className="btn btn-ghost btn-icon" title="Clear the recorded runs" disabled={cascades.length === 0} onClick={clear} data-testid="devtools-clear">
          <Trash2 size={13} aria-hidden />
        </button>
      </div>
      <div className="dw-devtools-body">
        {project.callbacks.length ? (
          <GraphView
            project={project}
            mode="devtools"
            runs={last}
            latest={newest ? { key: newest.key, trigger: newest.trigger } : null}
            activeCallback={active}
            selection={selection}
            onCallback={openCallbackCode}
            onComponent={selectOnCanvas}
          />
        ) : (
          <div className="placeholder">
            <p>No callbacks in this project.</p>
          </div>
        )}
        <aside className="dw-devtools-side" aria-label="Recent cascades">
          <h3 className="dw-side-title">Recent cascades</h3>
          {cascades.length ? (
            <CascadeList cascades={cascades} onCallback={openCallbackCode} />
          ) : (
            <div className="dw-side-empty">
              <Activity size={18} strokeWidth={1.5} aria-hidden />
              <p>{previewShown ? 'Use the app in the preview: each cascade shows here.' : 'Open the Split or Preview view to run the app.'}</p>
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}
