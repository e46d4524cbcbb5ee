import { useMemo, type DragEvent, type ReactNode } from 'react';
import { useContainerWidth } from 'react-grid-layout';
import type { ParentRef } from '../../runtime/schema';
import { ContainerHostProvider, type ContainerHost } from '../../runtime/components/slots';
import { setProp } from '../actions/setProp';
import { SlotGrid } from './SlotGrid';
import { NESTED_PADDING } from './dropTarget';


/** A palette drag over a nested grid is this grid's only: the page grid around it does not see it. */
const keepDragInside = (e: DragEvent<HTMLDivElement>): void => e.stopPropagation();

/** A container slot's own editable grid, inside the container's view on the canvas. */
function NestedSlot({ parent }: { parent: ParentRef }) {
  const { width, containerRef, mounted } = useContainerWidth({ initialWidth: 400 });
  return (
    <div
      className="canvas-slot no-drag"
      ref={containerRef}
      data-testid={`canvas-slot-${parent.id}-${parent.slot}`}
      data-slot-id={parent.id}
      data-slot-name={parent.slot}
      onDragEnter={keepDragInside}
      onDragOver={keepDragInside}
      onDragLeave={keepDragInside}
      onDrop={keepDragInside}
    >
      {mounted && <SlotGrid parent={parent} width={width} padding={NESTED_PADDING} className="canvas-slot-grid" />}
    </div>
  );
}

const canvasHost: ContainerHost = {
  renderSlot: (id, slot) => <NestedSlot key={`${id}/${slot}`} parent={{ id, slot }} />,
  // A click on a tab on the canvas opens it: the tab shown when the app starts (an undoable edit of `value`).
  openTab: (id, tab) => void setProp(id, 'value', tab),
};

/** Containers on the canvas draw their slots as nested editable grids. */
export function CanvasContainerHost({ children }: { children: ReactNode }) {
  const host = useMemo(() => canvasHost, []);
  return <ContainerHostProvider value={host}>{children}</ContainerHostProvider>;
}
