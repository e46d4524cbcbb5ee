import { create } from 'zustand';
import type { Grid } from '../../runtime/schema';

interface LiveGrid {
  /** The cells of the item being dragged or resized on the canvas, before the drop commits them. */
  item: ({ id: string } & Grid) | null;
}

/** Outside the editor store: a drag changes this on each new cell without touching the document or history. */
export const useLiveGrid = create<LiveGrid>(() => ({ item: null }));

export function setLiveGrid(item: ({ id: string } & Grid) | null): void {
  const prev = useLiveGrid.getState().item;
  if (prev === item) return;
  if (prev && item && prev.id === item.id && prev.x === item.x && prev.y === item.y && prev.w === item.w && prev.h === item.h) return;
  useLiveGrid.setState({ item });
}

/** The cells to show for component `id`: live during a drag of it, else null. */
export function useLiveGridOf(id: string): Grid | null {
  return useLiveGrid((s) => (s.item?.id === id ? s.item : null));
}
