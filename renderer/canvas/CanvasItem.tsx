import { memo, useMemo } from 'react';
import { DesignComponent } from '../../runtime/components/frame';
import { componentIndex } from '../state/componentIndex';
import { useEditor } from '../state/store';
import { useBreakpoint } from '../state/breakpoint';
import { componentTypes } from '../state/componentTypes';
import { usePreviewValues, withPreviewValues } from '../preview/previewValues';

/**
 * What the canvas shows inside one grid cell: the component's real view in design mode, and
 * when selected an accent outline with an "id · type" tag. With the values the preview's app
 * last produced drawn over the project's props (marked, never saved), except on containers,
 * whose open tab the canvas itself edits. Subscribes to its own component, selected flag and
 * preview values only, so an edit re-renders one item, not the grid.
 */
export const CanvasItem = memo(function CanvasItem({ id }: { id: string }) {
  const component = useEditor((s) => componentIndex(s.project.components).get(id));
  const selected = useEditor((s) => s.session.selection.includes(id));
  // Hidden on the widest: still drawn there (its cells are its grid), faded and marked.
  const hidden = useBreakpoint((b) => component?.hidden?.includes(b.breakpoint) === true);
  const produced = usePreviewValues((s) => (s.shown ? s.values[id] : undefined));
  const live = produced && component && !componentTypes().get(component.type)?.slots ? produced : undefined;
  const shown = useMemo(() => component && withPreviewValues(component, live), [component, live]);
  if (!component || !shown) return null;
  return (
    <>
      <DesignComponent component={shown} className={`canvas-view${hidden ? ' is-hidden-here' : ''}${live ? ' has-preview-values' : ''}`} />
      {hidden && <span className="hidden-here-badge">hidden on this width</span>}
      {live && (
        <span className="preview-values-badge" title={`Showing what the preview last set (${Object.keys(live).join(', ')}); not saved in the project`}>
          preview
        </span>
      )}
      {selected && (
        <div className="selection-frame" aria-hidden="true">
          <span className="selection-tag">
            {component.id} · {component.type}
          </span>
        </div>
      )}
    </>
  );
});
