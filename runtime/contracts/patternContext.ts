import type { PatternId, PatternIndex } from '../schema/project';

/** The part of ctx about pattern callbacks (DESIGN §4b), the same on every runner. */
export interface PatternContext {
  /** What fired: the pattern id of a pattern component, else the component's id; null on an initial call. */
  triggeredId: PatternId | string | null;
  /** The MATCH index of this instance of a MATCH callback; undefined for other callbacks. */
  match: PatternIndex | undefined;
}

export function patternContext(triggered: readonly string[], match?: PatternIndex, triggeredId?: PatternId): PatternContext {
  const first = triggered[0];
  const fallback = first === undefined ? null : first.slice(0, Math.max(0, first.indexOf('.'))) || first;
  return { triggeredId: triggeredId ?? fallback, match };
}
