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
  const rect = grid.getBoundingClientRect();
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
    if (el.closest(`.canvas-item[data-id="${CSS.escape(id)}"]`)) continue;
    const tab = el.closest<HTMLElement>('[role=tab][data-tab]');
    const tabs = tab?.closest<HTMLElement>('.dw-component[data-type="tabs"]');
    if (tab && tabs) return { target: { id: tabs.id, slot: tab.dataset.tab! } };
    const slot = el.closest<HTMLElement>('.canvas-slot[data-slot-id]');
    if (slot) {
      const grid = slot.querySelector('.canvas-slot-grid') ?? slot;
      return { target: { id: slot.dataset.slotId!, slot: slot.dataset.slotName! }, cell: cellIn(grid, clientX, clientY, NESTED_PADDING, m) };
    }
    const page = el.closest('.canvas-grid');
    if (page) return { target: null, cell: cellIn(page, clientX, clientY, PAGE_PADDING, m) };
  }
  return null;
}
