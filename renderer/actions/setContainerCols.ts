import { editor } from '../state/editorStore';
import { mapComponents } from '../state/docOps';
import { resolveDocLayout } from '../state/layoutOps';

/**
 * A container's own grid columns (undefined: the page's `layout.cols`), the inspector's Columns
 * field. Its children are laid out again in the new grid (one undo step).
 */
export function setContainerCols(id: string, cols: number | undefined): boolean {
  const value = cols === undefined ? undefined : Math.min(48, Math.max(1, Math.round(cols)));
  return editor().commit(value === undefined ? `${id}: page columns` : `${id}: ${value} columns`, (doc) => {
    const next = mapComponents(doc, (c) => {
      if (c.id !== id || c.cols === value) return c;
      const { cols: _old, ...rest } = c;
      return value === undefined ? rest : { ...rest, cols: value };
    });
    return next === doc ? doc : resolveDocLayout(next);
  }, { coalesce: `cols:${id}` });
}
