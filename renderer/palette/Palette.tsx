import { useMemo } from 'react';
import { PALETTE_GROUPS, type ComponentDefinition, type PaletteGroup } from '../../runtime/components/define';
import { useComponentTypes } from '../state/componentTypes';
import { PaletteItem } from './PaletteItem';

/** The component types, grouped (Content, Inputs, Data…), in the registry's order within a group. */
export function Palette() {
  const types = useComponentTypes();
  const groups = useMemo(() => {
    const byGroup = new Map<PaletteGroup, ComponentDefinition[]>();
    for (const d of types.definitions) {
      const group = d.group ?? 'Project';
      byGroup.set(group, [...(byGroup.get(group) ?? []), d]);
    }
    return PALETTE_GROUPS.filter((g) => byGroup.has(g)).map((g) => ({ name: g, items: byGroup.get(g)! }));
  }, [types]);
  return (
    <section className="sidebar-section sidebar-palette" aria-labelledby="dw-palette-title">
      <h2 className="section-title" id="dw-palette-title">Components</h2>
      {groups.map((g) => (
        <div key={g.name} className="palette-group" role="group" aria-label={g.name}>
          <h3 className="palette-group-title">{g.name}</h3>
          <div className="palette-grid">
            {g.items.map((m) => (
              <PaletteItem key={m.type} model={m} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
