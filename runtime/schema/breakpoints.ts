/**
 * Responsive layouts (DESIGN §2): which breakpoint a page width falls in, how many columns it
 * has, and where every component sits on it. A breakpoint without its own `layouts` entry is
 * derived from the next wider one, as react-grid-layout derives it (clamped into the narrower
 * grid, then resolved). Each container slot is a grid of its own.
 */
import { BREAKPOINTS, type Breakpoint, type ComponentInstance, type Grid, type Layout } from './project';
import { resolveLayout, type Compaction, type PlacedItem } from './layoutResolve';
import { slotKey } from './containers';
import { componentsOnPage } from './pages';

export const DEFAULT_BREAKPOINTS: Readonly<Record<Breakpoint, number>> = { lg: 1200, md: 996, sm: 768, xs: 0 };
/** react-grid-layout's default columns for a 12-column grid, scaled to the project's `cols`. */
const DEFAULT_COL_SHARE: Readonly<Record<Breakpoint, number>> = { lg: 1, md: 10 / 12, sm: 6 / 12, xs: 4 / 12 };

export function isBreakpoint(name: string): name is Breakpoint {
  return (BREAKPOINTS as readonly string[]).includes(name);
}

/** From which page width each breakpoint applies. */
export function breakpointWidths(layout: Layout): Record<Breakpoint, number> {
  return { ...DEFAULT_BREAKPOINTS, ...definedOnly(layout.breakpoints) };
}

/** Columns of the page grid (and of every container grid) on a breakpoint. */
export function colsAt(layout: Layout, bp: Breakpoint): number {
  const given = layout.colsByBreakpoint?.[bp];
  if (given !== undefined) return given;
  return bp === 'lg' ? layout.cols : Math.max(1, Math.round(layout.cols * DEFAULT_COL_SHARE[bp]));
}

/**
 * Columns of a container's own grid on a breakpoint: its `cols` (on the widest; narrower
 * breakpoints scale it as the page's columns scale), else the page's.
 */
export function slotColsAt(layout: Layout, bp: Breakpoint, container?: Pick<ComponentInstance, 'cols'>): number {
  const page = colsAt(layout, bp);
  if (container?.cols === undefined) return page;
  if (bp === 'lg') return container.cols;
  return Math.max(1, Math.round((container.cols * page) / colsAt(layout, 'lg')));
}

/** The breakpoint a page `width` (px) falls in: the widest whose start it reaches. */
export function breakpointAt(layout: Layout, width: number): Breakpoint {
  const widths = breakpointWidths(layout);
  const sorted = [...BREAKPOINTS].sort((a, b) => widths[b] - widths[a]);
  return sorted.find((bp) => width >= widths[bp]) ?? sorted[sorted.length - 1];
}

export function isHiddenAt(c: Pick<ComponentInstance, 'hidden'>, bp: Breakpoint): boolean {
  return c.hidden?.includes(bp) === true;
}

/** The component's own cells on `bp` (`grid` on the widest); undefined when they are derived. */
export function ownGridAt(c: Pick<ComponentInstance, 'grid' | 'layouts'>, bp: Breakpoint): Grid | undefined {
  return bp === 'lg' ? c.grid : c.layouts?.[bp];
}

export interface BreakpointLayoutOptions {
  layout: Layout;
  compaction: Compaction;
  /** Leave out components hidden on the breakpoint (and let the others take their room). Default true. */
  dropHidden?: boolean;
  /** Lay out this page (its components and those on every page); undefined: every component. */
  page?: string;
}

const toItem = (id: string, g: Grid): PlacedItem => ({ id, x: g.x, y: g.y, w: g.w, h: g.h });
const toGrid = (p: PlacedItem): Grid => ({ x: p.x, y: p.y, w: p.w, h: p.h });

/**
 * Every component's cells on `bp`, each in the grid of its slot (page or container): what the
 * app shows at that width and what the canvas shows on that width. Components hidden there are
 * absent unless `dropHidden` is false.
 */
export function layoutAt(components: readonly ComponentInstance[], bp: Breakpoint, options: BreakpointLayoutOptions): Map<string, Grid> {
  const groups = new Map<string, ComponentInstance[]>();
  const containers = new Map(components.map((c) => [c.id, c]));
  for (const c of componentsOnPage(components, options.page)) {
    const key = slotKey(c.parent);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const out = new Map<string, Grid>();
  const upTo = BREAKPOINTS.indexOf(bp);
  for (const group of groups.values()) {
    const parent = group[0]?.parent ? containers.get(group[0].parent.id) : undefined;
    let items: PlacedItem[] = [];
    for (let k = 0; k <= upTo; k++) {
      const at = BREAKPOINTS[k];
      const given = group.map((c, i) => {
        const own = ownGridAt(c, at);
        return own ? toItem(c.id, own) : items[i];
      });
      items = resolveLayout(given, { cols: slotColsAt(options.layout, at, parent), compaction: options.compaction });
    }
    if (options.dropHidden !== false && group.some((c) => isHiddenAt(c, bp))) {
      const shown = items.filter((_, i) => !isHiddenAt(group[i], bp));
      items = resolveLayout(shown, { cols: slotColsAt(options.layout, bp, parent), compaction: options.compaction });
    }
    for (const item of items) out.set(item.id, toGrid(item));
  }
  return out;
}

function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  if (!o) return {};
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
