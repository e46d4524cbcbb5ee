import { memo } from 'react';
import { DesignComponent } from '../../runtime/components/frame';
import { componentIndex } from '../state/componentIndex';
import { useEditor } from '../state/store';

/**
 * What the canvas shows inside one grid cell: the component's real view in design mode, and
 * when selected an accent outline with an "id · type" tag. Subscribes to its own component
 * and selected flag only, so an edit re-renders one item, not the grid.
 */
export const CanvasItem = memo(function CanvasItem({ id }: { id: string }) {
  const component = useEditor((s) => componentIndex(s.project.components).get(id));
  const selected = useEditor((s) => s.session.selection.includes(id));
  if (!component) return null;
  return (
    <>
      <DesignComponent component={component} className="canvas-view" />
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
