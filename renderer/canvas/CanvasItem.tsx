import { memo } from 'react';
import { DesignComponent } from '../../runtime/components/frame';
import { componentIndex } from '../state/componentIndex';
import { useEditor } from '../state/store';
import { useBreakpoint } from '../state/breakpoint';

/**
 * What the canvas shows inside one grid cell: the component's real view in design mode, and
 * when selected an accent outline with an "id · type" tag. Subscribes to its own component
 * and selected flag only, so an edit re-renders one item, not the grid.
 */
export const CanvasItem = memo(function CanvasItem({ id }: { id: string }) {
  const component = useEditor((s) => componentIndex(s.project.components).get(id));
  const selected = useEditor((s) => s.session.selection.includes(id));
  // Hidden on the widest: still drawn there (its cells are its grid), faded and marked.
  const hidden = useBreakpoint((b) => component?.hidden?.includes(b.breakpoint) === true);
  if (!component) return null;
  return (
    <>
      <DesignComponent component={component} className={hidden ? 'canvas-view is-hidden-here' : 'canvas-view'} />
      {hidden && <span className="hidden-here-badge">hidden on this width</span>}
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
