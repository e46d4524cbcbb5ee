import { componentModels } from '../../runtime/components/models';
import { PaletteItem } from './PaletteItem';

export function Palette() {
  return (
    <section className="sidebar-section" aria-labelledby="dw-palette-title">
      <h2 className="section-title" id="dw-palette-title">Components</h2>
      <div className="palette-grid">
        {componentModels.map((m) => (
          <PaletteItem key={m.type} model={m} />
        ))}
      </div>
    </section>
  );
}
