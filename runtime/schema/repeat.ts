import type { ComponentInstance, PatternIndex } from './project';

/**
 * Dynamic children (DESIGN §4b): a `repeat` container draws the children of its slot
 * "template" once per item of its `items` prop. Each copy is a component of its own, named
 * "<template child id>-<index>", whose pattern id takes the item's `key` (or its position) as
 * index, so pattern callbacks (MATCH, ALL) address the copies. Page and server make the same
 * copies from the same items.
 */
export const REPEAT_TYPE = 'repeat';
export const TEMPLATE_SLOT = 'template';

/** The index a copy of item `item` at `position` gets: its `key`, else its position. */
export function itemIndex(item: unknown, position: number): PatternIndex {
  const key = typeof item === 'object' && item !== null ? (item as { key?: unknown }).key : undefined;
  return (typeof key === 'string' && key !== '') || (typeof key === 'number' && Number.isFinite(key)) ? key : position;
}

/** The slot one item's copies sit in. */
export function copySlot(index: PatternIndex): string {
  return `item:${String(index)}`;
}

/** A copy's component id (the index made id-safe). */
export function copyId(templateChild: string, index: PatternIndex): string {
  return `${templateChild}-${String(index).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Ids of the repeat containers that have template children. */
export function repeatIds(components: readonly Pick<ComponentInstance, 'id' | 'type' | 'parent'>[]): string[] {
  const repeats = new Set(components.filter((c) => c.type === REPEAT_TYPE).map((c) => c.id));
  return [...new Set(components.filter((c) => c.parent?.slot === TEMPLATE_SLOT && repeats.has(c.parent.id)).map((c) => c.parent!.id))];
}

/** `items` as an array (anything else: none). */
export function itemsArray(items: unknown): readonly unknown[] {
  return Array.isArray(items) ? items : [];
}

/**
 * The copies of every repeat container's template, for the items `itemsOf` gives (each index
 * once: a repeated key keeps its first item): each template child and everything inside it (a
 * card in the template with its own components), renamed for the index, its container links
 * following.
 */
export function repeatCopies(components: readonly ComponentInstance[], itemsOf: (repeatId: string) => unknown): ComponentInstance[] {
  const copies: ComponentInstance[] = [];
  for (const id of repeatIds(components)) {
    const template = components.filter((c) => c.parent?.id === id && c.parent.slot === TEMPLATE_SLOT);
    // The template's children, then what they hold, in manifest order.
    const inside = new Set(template.map((c) => c.id));
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of components) if (c.parent && inside.has(c.parent.id) && !inside.has(c.id)) grew = inside.add(c.id) !== undefined;
    }
    const members = components.filter((c) => inside.has(c.id));
    const seen = new Set<string>();
    itemsArray(itemsOf(id)).forEach((item, position) => {
      const index = itemIndex(item, position);
      if (seen.has(String(index))) return;
      seen.add(String(index));
      for (const child of members) {
        const top = child.parent?.id === id;
        const parent = top ? { id, slot: copySlot(index) } : { id: copyId(child.parent!.id, index), slot: child.parent!.slot };
        const copy: ComponentInstance = { ...child, id: copyId(child.id, index), parent };
        if (child.pattern) copy.pattern = { type: child.pattern.type, index };
        copies.push(copy);
      }
    });
  }
  return copies;
}

/** The indices `items` gives, in order (what the copies' identity depends on). */
export function itemIndices(items: unknown): PatternIndex[] {
  return itemsArray(items).map(itemIndex);
}
