import type { ParentRef } from '../../runtime/schema';
import { openTab } from '../../runtime/components/tabs/props';
import { componentTypes } from '../state/componentTypes';
import { editor } from '../state/editorStore';

/**
 * Where a palette click adds a component: into the selected container (a tabs container's open
 * tab, a card's body), beside the selected component inside one, else onto the page.
 */
export function insertionSlot(): ParentRef | undefined {
  const s = editor();
  if (s.session.selection.length !== 1) return undefined;
  const c = s.project.components.find((x) => x.id === s.session.selection[0]);
  if (!c) return undefined;
  const types = componentTypes();
  const slots = types.get(c.type)?.slots?.(types.withDefaults(c.type, c.props));
  if (slots && slots.length > 0) {
    const slot = c.type === 'tabs' ? openTab(types.withDefaults(c.type, c.props) as Parameters<typeof openTab>[0]) : slots[0];
    return { id: c.id, slot: slot ?? slots[0] };
  }
  return c.parent ? { ...c.parent } : undefined;
}
