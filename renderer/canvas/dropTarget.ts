import type { ParentRef } from '../../runtime/schema';

/** Container padding of the page grid and of a container slot's grid on the canvas (px). */
export const PAGE_PADDING: [number, number] = [16, 24];
export const NESTED_PADDING: [number, number] = [8, 8];
export const MARGIN: [number, number] = [8, 8];

export interface GridDrop {
  /** The slot under the pointer; null: the page. */
  target: ParentRef | null;
  /** The cell under the pointer in that grid; absent for a tab button (the item goes to the bottom of that tab). */
  cell?: { x: number; y: number };
}

export interface GridMetricsAt {
  cols: number;
  rowHeight: number;
}

function cellIn(grid: Element, clientX: number, clientY: number, padding: [number, number], m: GridMetricsAt): { x: number; y: number } {
  return cellAt(grid.getBoundingClientRect(), clientX, clientY, padding, m);
}

function cellAt(rect: DOMRect, clientX: number, clientY: number, padding: [number, number], m: GridMetricsAt): { x: number; y: number } {
  const colW = (rect.width - MARGIN[0] * (m.cols - 1) - padding[0] * 2) / m.cols;
  const x = Math.floor((clientX - rect.left - padding[0]) / (colW + MARGIN[0]));
  const y = Math.floor((clientY - rect.top - padding[1]) / (m.rowHeight + MARGIN[1]));
  return { x: Math.min(Math.max(0, x), m.cols - 1), y: Math.max(0, y) };
}

/**
 * Where a drag of component `id` ends, when that is not the grid it was dragged in: a tab
 * button of a tabs container (into that tab), another container slot's grid, or the page grid.
 * The dragged item and what it holds are not drop targets.
 */
export function gridUnderPointer(event: Event, id: string, m: GridMetricsAt): GridDrop | null {
  if (!('clientX' in event) || typeof document.elementsFromPoint !== 'function') return null;
  const { clientX, clientY } = event as MouseEvent;
  for (const el of document.elementsFromPoint(clientX, clientY)) {
    if (inItem(el, id)) continue;
    const tab = el.closest<HTMLElement>('[role=tab][data-tab]');
    const tabTarget = tab && tabTargetOf(tab);
    if (tabTarget) return { target: tabTarget };
    const slot = el.closest<HTMLElement>('.canvas-slot[data-slot-id]');
    if (slot) return { target: slotTargetOf(slot), cell: cellIn(slot.querySelector('.canvas-slot-grid') ?? slot, clientX, clientY, NESTED_PADDING, m) };
    const page = el.closest('.canvas-grid');
    if (page) return { target: null, cell: cellIn(page, clientX, clientY, PAGE_PADDING, m) };
  }
  return null;
}

/** Where the other grids and tab buttons were when a drag began (the drag's placeholder may push them away since). */
export interface DropTargetsAtStart {
  slots: { target: ParentRef; el: HTMLElement; rect: DOMRect; gridRect: DOMRect; depth: number }[];
  tabs: { target: ParentRef; el: HTMLElement; rect: DOMRect }[];
}

/** The container slots and tab buttons on the canvas outside the dragged item `id`, with their rects now. */
export function dropTargetsAtStart(id: string): DropTargetsAtStart {
  const slots = [...document.querySelectorAll<HTMLElement>('.canvas-slot[data-slot-id]')]
    .filter((el) => !inItem(el, id))
    .map((el) => {
      let depth = 0;
      for (let p = el.parentElement; p; p = p.parentElement) if (p.classList.contains('canvas-slot')) depth++;
      const rect = el.getBoundingClientRect();
      const grid = el.querySelector('.canvas-slot-grid');
      return { target: slotTargetOf(el), el, rect, gridRect: grid ? grid.getBoundingClientRect() : rect, depth };
    });
  const tabs = [...document.querySelectorAll<HTMLElement>('[role=tab][data-tab]')].flatMap((el) => {
    const target = inItem(el, id) ? null : tabTargetOf(el);
    return target ? [{ target, el, rect: el.getBoundingClientRect() }] : [];
  });
  return { slots, tabs };
}

/** Whether `el` is inside the canvas item `id` (the dragged item and what it holds are no targets). */
function inItem(el: Element, id: string): boolean {
  return el.closest(`.canvas-item[data-id="${CSS.escape(id)}"]`) !== null;
}

/** A tab button's tab, as a drop target (the item goes to the bottom of that tab). */
function tabTargetOf(tab: HTMLElement): ParentRef | null {
  const tabs = tab.closest<HTMLElement>('.dw-component[data-type="tabs"]');
  return tabs ? { id: tabs.id, slot: tab.dataset.tab! } : null;
}

function slotTargetOf(slot: HTMLElement): ParentRef {
  return { id: slot.dataset.slotId!, slot: slot.dataset.slotName! };
}

const inside = (r: DOMRect, x: number, y: number): boolean => x >= r.left && x < r.right && y >= r.top && y < r.bottom;

type StartTarget = DropTargetsAtStart['slots'][number] | DropTargetsAtStart['tabs'][number];

/** The tab button, or the innermost container slot, that held the pointer's point when the drag began. */
export function startTargetAt(start: DropTargetsAtStart, event: Event): StartTarget | null {
  if (!('clientX' in event)) return null;
  const { clientX: x, clientY: y } = event as MouseEvent;
  return start.tabs.find((t) => inside(t.rect, x, y)) ?? start.slots.filter((s) => inside(s.rect, x, y)).sort((a, b) => b.depth - a.depth)[0] ?? null;
}

/**
 * The grid a drag ends in, by where the grids were when it began (startTargetAt), with the cell
 * in a slot's grid as it was. null: none (the page, or the grid the drag began in).
 */
export function dropTargetAt(start: DropTargetsAtStart, event: Event, m: GridMetricsAt): GridDrop | null {
  const hit = startTargetAt(start, event);
  if (!hit) return null;
  if (!('gridRect' in hit)) return { target: hit.target };
  const { clientX, clientY } = event as MouseEvent;
  return { target: hit.target, cell: cellAt(hit.gridRect, clientX, clientY, NESTED_PADDING, m) };
}
