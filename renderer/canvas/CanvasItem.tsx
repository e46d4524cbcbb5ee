import { memo } from 'react';
import type { ComponentInstance } from '../../runtime/schema';
import { DesignComponent } from '../../runtime/components/views';
import { useEditor } from '../state/store';

/**
 * What the canvas shows inside one grid cell: the component's real view in design mode, and
 * when selected an accent outline with an "id · type" tag. Re-renders only when its own
 * component object or its own selected flag changes.
 */
export const CanvasItem = memo(function CanvasItem({ component }: { component: ComponentInstance }) {
  const selected = useEditor((s) => s.session.selection.includes(component.id));
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
