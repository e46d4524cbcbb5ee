import type { Problem } from '../schema/problems';
import { NARROW_BREAKPOINTS, type Breakpoint, type Grid, type Project } from '../schema/project';
import { slotKey } from '../schema/containers';
import { isOnPage, pagesOf } from '../schema/pages';

export interface Overlap {
  a: string;
  b: string;
  /** The cells both cover (grid units). */
  cells: Grid;
}

/** Every pair of items that share a cell, with the cells they share. */
export function findOverlaps(items: readonly { id: string; grid: Grid }[]): Overlap[] {
  const sorted = [...items].sort((p, q) => p.grid.y - q.grid.y);
  const out: Overlap[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (b.grid.y >= a.grid.y + a.grid.h) break;
      const x = Math.max(a.grid.x, b.grid.x);
      const w = Math.min(a.grid.x + a.grid.w, b.grid.x + b.grid.w) - x;
      if (w <= 0) continue;
      const y = b.grid.y;
      const h = Math.min(a.grid.y + a.grid.h, b.grid.y + b.grid.h) - y;
      if (h > 0) out.push({ a: a.id, b: b.id, cells: { x, y, w, h } });
    }
  }
  return out;
}

const span = (from: number, size: number): string => (size === 1 ? `${from}` : `${from}–${from + size - 1}`);

/**
 * Components on the same cells of one grid (a page's or a container slot's): the app would
 * draw one over the other. Checked on the widest layout (`grid`) and on each breakpoint's own
 * `layouts` entries (derived ones are resolved, so they never overlap).
 */
export function checkLayout(project: Project): Problem[] {
  const index = new Map(project.components.map((c, i) => [c.id, i]));
  const groups = new Map<string, Project['components']>();
  for (const c of project.components) {
    const key = slotKey(c.parent);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const problems: Problem[] = [];
  const report = (bp: Breakpoint, { a, b, cells }: Overlap): void => {
    const where = bp === 'lg' ? 'grid' : `layouts.${bp}`;
    problems.push({
      path: `components[${index.get(b)}].${where}`,
      code: 'overlap',
      severity: 'warning',
      message: `${b} overlaps ${a}${bp === 'lg' ? '' : ` on ${bp}`} on column${cells.w > 1 ? 's' : ''} ${span(cells.x, cells.w)}, row${cells.h > 1 ? 's' : ''} ${span(cells.y, cells.h)}; the app would draw one over the other (move either, or drag it on the canvas)`,
      target: { kind: 'component', id: b },
    });
  };
  // The page's grid is one per page (DESIGN §4b): components of two pages never meet.
  const seen = new Set<string>();
  const once = (bp: Breakpoint, o: Overlap): void => {
    const key = `${bp}\u0000${o.a}\u0000${o.b}`;
    if (seen.has(key)) return;
    seen.add(key);
    report(bp, o);
  };
  for (const [key, all] of groups) {
    const pages = key === '' && project.pages && project.pages.length > 0 ? pagesOf(project).map((p) => p.path) : [undefined];
    for (const page of pages) {
      const group = page === undefined ? all : all.filter((c) => isOnPage(c, page));
      for (const o of findOverlaps(group)) once('lg', o);
      for (const bp of NARROW_BREAKPOINTS) {
        const own = group.flatMap((c) => (c.layouts?.[bp] ? [{ id: c.id, grid: c.layouts[bp] }] : []));
        for (const o of findOverlaps(own)) once(bp, o);
      }
    }
  }
  return problems;
}
