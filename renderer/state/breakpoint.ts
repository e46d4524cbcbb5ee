import { create } from 'zustand';
import type { Breakpoint } from '../../runtime/schema';

/**
 * The width the canvas and the preview are edited at (session state, never undone or saved):
 * "lg" edits `grid`, a narrower breakpoint its `layouts` entry.
 */
export const useBreakpoint = create<{ breakpoint: Breakpoint; set(bp: Breakpoint): void }>()((set) => ({
  breakpoint: 'lg',
  set: (breakpoint) => set({ breakpoint }),
}));

export const currentBreakpoint = (): Breakpoint => useBreakpoint.getState().breakpoint;
export const setBreakpoint = (bp: Breakpoint): void => useBreakpoint.getState().set(bp);
