import type { ComponentInstance } from '../../runtime/schema';
import { normalizePagePath } from '../../runtime/schema/pages';
import { setComponentPage } from '../actions/setComponentPage';
import { setContainerCols } from '../actions/setContainerCols';
import { setPersistence, type Persistence } from '../actions/setPersistence';
import { useComponentTypes } from '../state/componentTypes';
import { useEditor } from '../state/store';

const EVERY = '';

/**
 * The manifest fields of DESIGN §4b on a component: the page it is on (a top-level component of a
 * project with pages), whether the user's values are kept across reloads (a type with input
 * props), and a container's own columns.
 */
export function PageFields({ component }: { component: ComponentInstance }) {
  const model = useComponentTypes().get(component.type);
  const pages = useEditor((s) => s.project.pages);
  const pageCols = useEditor((s) => s.project.layout.cols);
  const showPage = !component.parent && (pages?.length ?? 0) > 0;
  const showPersistence = (model?.inputs.length ?? 0) > 0;
  const showCols = model?.slots !== undefined;
  if (!showPage && !showPersistence && !showCols) return null;
  const page = component.page === undefined ? EVERY : normalizePagePath(component.page);
  return (
    <>
      {showPage && (
        <div className="field">
          <label className="field-head" htmlFor="dw-page">
            <span className="field-label">Page</span>
            <span className="field-help">where the app shows it</span>
          </label>
          <select id="dw-page" className="input" data-testid="inspector-page" value={page} onChange={(e) => setComponentPage([component.id], e.target.value === EVERY ? undefined : e.target.value)}>
            <option value={EVERY}>Every page</option>
            {pages!.map((p) => (
              <option key={p.path} value={normalizePagePath(p.path)}>
                {p.name} ({p.path})
              </option>
            ))}
          </select>
        </div>
      )}
      {showPersistence && (
        <div className="field">
          <label className="field-head" htmlFor="dw-persistence">
            <span className="field-label">Remember</span>
            <span className="field-help">user values across reloads</span>
          </label>
          <select
            id="dw-persistence"
            className="input"
            data-testid="inspector-persistence"
            value={component.persistence ?? ''}
            onChange={(e) => setPersistence(component.id, (e.target.value || undefined) as Persistence)}
          >
            <option value="">No</option>
            <option value="local">In this browser (local)</option>
            <option value="session">For this tab (session)</option>
          </select>
        </div>
      )}
      {showCols && (
        <div className="field">
          <label className="field-head" htmlFor="dw-cols">
            <span className="field-label">Columns</span>
            <span className="field-help">empty: the page's {pageCols}</span>
          </label>
          <input
            id="dw-cols"
            key={`${component.id}:${component.cols ?? ''}`}
            className="input"
            type="number"
            min={1}
            max={48}
            data-testid="inspector-cols"
            placeholder={String(pageCols)}
            defaultValue={component.cols ?? ''}
            onBlur={(e) => setContainerCols(component.id, e.target.value === '' ? undefined : Number(e.target.value))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
        </div>
      )}
    </>
  );
}
