import { z } from 'zod';
import { defineComponent } from '../define';
import { useContainerHost } from '../slots';
import { copySlot, itemIndex, TEMPLATE_SLOT } from '../../schema/repeat';

/**
 * Dynamic children (DESIGN §4b, Dash's pattern-matching children): the template's components
 * once per item of `items`, each copy with the item's key as pattern index. On the canvas the
 * template is edited once, like any container's slot.
 */
export default defineComponent({
  type: 'repeat',
  label: 'Repeat',
  icon: 'Rows3',
  group: 'Content',
  description: 'Draws its template once per item of `items` (a callback output); each copy\'s pattern index is the item\'s key',
  size: { w: 12, h: 6 },
  props: z.object({
    items: z.array(z.unknown()).default([]),
    /** Copies per row. */
    columns: z.number().int().min(1).max(12).default(1),
  }),
  inputs: [],
  inspector: {
    items: { editor: 'json', help: 'An array, usually a callback output; an item\'s "key" (else its position) is its copies\' pattern index' },
    columns: { label: 'copies per row' },
  },
  slots: () => [TEMPLATE_SLOT],
  View: function RepeatView({ id, props, mode }) {
    const host = useContainerHost();
    if (mode === 'design') {
      return (
        <div className="dw-repeat is-design">
          <div className="dw-repeat-label">
            template · drawn once per item of <code>items</code>
          </div>
          <div className="dw-repeat-copy dw-slot" data-slot={TEMPLATE_SLOT}>
            {host.renderSlot(id, TEMPLATE_SLOT)}
          </div>
        </div>
      );
    }
    return (
      <div className="dw-repeat" style={{ gridTemplateColumns: `repeat(${props.columns}, minmax(0, 1fr))` }}>
        {props.items.map((item, i) => {
          const index = itemIndex(item, i);
          return (
            <div key={String(index)} className="dw-repeat-copy dw-slot" data-index={String(index)}>
              {host.renderSlot(id, copySlot(index))}
            </div>
          );
        })}
        {props.items.length === 0 ? <div className="dw-repeat-empty">No items</div> : null}
      </div>
    );
  },
});
