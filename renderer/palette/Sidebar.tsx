import { Layers } from './Layers';
import { Palette } from './Palette';

export function Sidebar() {
  return (
    <aside className="sidebar" aria-label="Components and layers" data-testid="palette">
      <Palette />
      <Layers />
    </aside>
  );
}
