import { memo } from 'react';
import type { ComponentDefinition } from '../../runtime/components/define';
import { addComponent } from '../actions/addComponent';
import { COMPONENT_MIME, paletteDrag } from './dragType';
import { iconFor } from './icons';
import { insertionSlot } from '../canvas/insertionSlot';

/** One component type: drag it onto the canvas (or into a container's grid), or click to add it at the bottom (of the selected container's open slot). */
export const PaletteItem = memo(function PaletteItem({ model }: { model: ComponentDefinition }) {
  const Icon = iconFor(model.icon ?? 'Box');
  return (
    <button
      type="button"
      className="palette-item"
      data-testid={`palette-item-${model.type}`}
      title={`${model.label}${model.description ? ` — ${model.description}` : ''}. Drag onto the canvas or click to add`}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(COMPONENT_MIME, model.type);
        e.dataTransfer.setData('text/plain', model.type);
        e.dataTransfer.effectAllowed = 'copy';
        paletteDrag.start(model.type);
      }}
      onDragEnd={() => paletteDrag.end()}
      onClick={() => {
        const parent = insertionSlot();
        addComponent(model.type, parent ? { parent } : {});
      }}
    >
      <Icon size={15} strokeWidth={1.75} aria-hidden />
      <span>{model.label}</span>
    </button>
  );
});
