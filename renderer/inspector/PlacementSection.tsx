import type { ComponentInstance, ParentRef } from '../../runtime/schema';
import { slotKey, subtreeIds } from '../../runtime/schema/containers';
import { moveIntoContainer } from '../actions/moveIntoContainer';
import { setHidden } from '../actions/setHidden';
import { useBreakpoint } from '../state/breakpoint';
import { useComponentTypes } from '../state/componentTypes';
import { useEditor } from '../state/store';
import { WIDTHS } from '../canvas/WidthSwitch';

interface SlotOption {
  key: string;
  label: string;
  target: ParentRef | null;
}

/** Every slot a component may move into: the page, and each container's slots outside its own subtree. */
function useSlotOptions(component: ComponentInstance): SlotOption[] {
  const types = useComponentTypes();
  const components = useEditor((s) => s.project.components);
  const inside = subtreeIds(components, [component.id]);
  const options: SlotOption[] = [{ key: '', label: 'Page', target: null }];
  for (const c of components) {
    if (inside.has(c.id)) continue;
    const props = types.withDefaults(c.type, c.props);
    const slots = types.get(c.type)?.slots?.(props) ?? [];
    const tabs = c.type === 'tabs' && Array.isArray(props.tabs) ? (props.tabs as { name: string; label: string }[]) : [];
    for (const slot of slots) {
      const label = tabs.find((t) => t.name === slot)?.label ?? slot;
      options.push({ key: slotKey({ id: c.id, slot }), label: `${c.id} › ${label}`, target: { id: c.id, slot } });
    }
  }
  return options;
}

/**
 * Where the component sits ("Move into…" a container's slot or the page, with its children) and
 * whether it is shown on the breakpoint of the width switch.
 */
export function PlacementSection({ component }: { component: ComponentInstance }) {
  const options = useSlotOptions(component);
  const bp = useBreakpoint((s) => s.breakpoint);
  const width = WIDTHS.find((w) => w.bp === bp)?.label.toLowerCase() ?? bp;
  const hidden = component.hidden?.includes(bp) === true;
  const current = slotKey(component.parent);
  return (
    <div className="field field-placement">
      <label className="field-head" htmlFor="dw-move-into">
        <span className="field-label">In</span>
        <span className="field-help">move into a tab, a card or the page</span>
      </label>
      <select
        id="dw-move-into"
        className="input"
        data-testid="inspector-parent"
        value={current}
        onChange={(e) => {
          const option = options.find((o) => o.key === e.target.value);
          if (option) moveIntoContainer([component.id], option.target);
        }}
      >
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
      <label className="field-check" title={`Hidden on ${bp}: not shown (nor laid out) at this width`}>
        <input type="checkbox" data-testid="inspector-hidden" checked={hidden} onChange={(e) => setHidden([component.id], bp, e.target.checked)} />
        <span>Hide on {width}</span>
      </label>
    </div>
  );
}
