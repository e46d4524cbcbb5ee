import { editor } from '../state/editorStore';
import { mapComponents } from '../state/docOps';

/** Set one prop of one component. Rapid edits of the same prop (typing, dragging a value) are one undo step. */
export function setProp(id: string, prop: string, value: unknown): boolean {
  return editor().commit(
    `Set ${id}.${prop}`,
    (doc) =>
      mapComponents(doc, (c) => {
        if (c.id !== id || Object.is(c.props[prop], value)) return c;
        return { ...c, props: { ...c.props, [prop]: value } };
      }),
    { coalesce: `setProp:${id}:${prop}` },
  );
}
