import type { Breakpoint } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { mapComponents } from '../state/docOps';
import type { DocSnapshot } from '../state/types';

/** The document with components `ids` hidden (or shown again) on breakpoint `bp`. */
export function withHidden(doc: DocSnapshot, ids: readonly string[], bp: Breakpoint, hidden: boolean): DocSnapshot {
  const set = new Set(ids);
  return mapComponents(doc, (c) => {
    if (!set.has(c.id) || (c.hidden?.includes(bp) ?? false) === hidden) return c;
    const list = hidden ? [...(c.hidden ?? []), bp] : (c.hidden ?? []).filter((b) => b !== bp);
    const { hidden: _old, ...rest } = c;
    return list.length > 0 ? { ...rest, hidden: list } : rest;
  });
}

/** Hide components on one breakpoint (the inspector's toggle), or show them there again. */
export function setHidden(ids: readonly string[], bp: Breakpoint, hidden: boolean): boolean {
  const who = ids.length === 1 ? ids[0] : `${ids.length} components`;
  return editor().commit(`${hidden ? 'Hide' : 'Show'} ${who} on ${bp}`, (doc) => withHidden(doc, ids, bp, hidden));
}
