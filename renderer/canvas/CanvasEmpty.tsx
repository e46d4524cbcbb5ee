import { MousePointerClick } from 'lucide-react';

export function CanvasEmpty() {
  return (
    <div className="canvas-empty" aria-hidden="true">
      <MousePointerClick size={28} strokeWidth={1.5} />
      <p>Drag a component from the palette onto the grid,</p>
      <p>or click one to add it.</p>
    </div>
  );
}
