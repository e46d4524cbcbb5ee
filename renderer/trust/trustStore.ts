import { create } from 'zustand';
import type { ProjectTrust } from '../../runtime/contracts/hostChannels';

/**
 * Workspace trust of the open project's folder (DESIGN §8), as the host answered it. Apart
 * from the document (not undoable, not saved): the host remembers the answer per folder.
 */
export interface TrustState {
  /** The folder this answer is for; null: no folder (nothing to ask). */
  dir: string | null;
  trust: ProjectTrust;
  set(dir: string | null, trust: ProjectTrust): void;
}

export const useTrust = create<TrustState>()((set) => ({
  dir: null,
  trust: 'trusted',
  set: (dir, trust) => set({ dir, trust }),
}));

/** Restricted mode: the open folder's callbacks do not run (not trusted, or not asked yet). */
export function isRestricted(state: Pick<TrustState, 'dir' | 'trust'>, dir: string | null): boolean {
  return dir !== null && state.dir === dir && state.trust !== 'trusted';
}
