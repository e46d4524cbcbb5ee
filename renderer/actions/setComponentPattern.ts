import type { ComponentInstance, PatternId } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { mapComponents } from '../state/docOps';

/** A component's pattern id (DESIGN §4b) as the inspector's Pattern field gives it; undefined removes it. The pure edit. */
export function withPattern(c: ComponentInstance, pattern: PatternId | undefined): ComponentInstance {
  const { pattern: _old, ...rest } = c;
  return pattern === undefined ? rest : { ...rest, pattern };
}

/** Give a component a pattern id (type and, outside a repeat template, index) or take it away: one undo step. */
export function setComponentPattern(id: string, pattern: PatternId | undefined): boolean {
  const label = pattern ? `${id}: pattern ${pattern.type}${pattern.index === undefined ? '' : `[${String(pattern.index)}]`}` : `${id}: no pattern`;
  return editor().commit(label, (doc) =>
    mapComponents(doc, (c) => (c.id !== id || JSON.stringify(c.pattern) === JSON.stringify(pattern) ? c : withPattern(c, pattern))),
  );
}
