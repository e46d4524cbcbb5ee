import { create } from 'zustand';
import { parsePreviewMessage, type CallbackRun, type CascadeRecord } from '../../runtime/contracts/previewMessages';

/**
 * What the preview reports: one record per finished cascade (the 'dashwright:cascade' message
 * of runtime/contracts/previewMessages.ts). Kept here as session data: not undoable, not saved,
 * cleared when another project opens.
 */
export type Cascade = CascadeRecord;

export interface CascadeEntry extends Cascade {
  /** Unique per editor session (the preview's seq restarts when its page reloads). */
  key: number;
}

/** A callback's most recent run, as its graph node shows it. */
export interface LastRun extends CallbackRun {
  trigger: string[];
  initial: boolean;
  failed: boolean;
  /** Key of the cascade it ran in. */
  cascade: number;
}

export const MAX_CASCADES = 50;

interface CascadeState {
  /** Oldest first, at most MAX_CASCADES. */
  cascades: CascadeEntry[];
  /** Callback id → its last run (kept beyond the cascades list). */
  last: Record<string, LastRun>;
  /** Callback id → last duration in ms (for the callbacks list). */
  durations: Record<string, number>;
  add(cascade: Cascade): void;
  clear(): void;
}

let nextKey = 1;

export const useCascades = create<CascadeState>()((set) => ({
  cascades: [],
  last: {},
  durations: {},
  add: (cascade) =>
    set((s) => {
      const entry: CascadeEntry = { ...cascade, key: nextKey++ };
      const last = { ...s.last };
      const durations = { ...s.durations };
      for (const run of entry.ran) {
        last[run.callback] = { ...run, trigger: entry.trigger, initial: entry.initial, failed: entry.errors.includes(run.callback), cascade: entry.key };
        durations[run.callback] = run.ms;
      }
      return { cascades: [...s.cascades, entry].slice(-MAX_CASCADES), last, durations };
    }),
  clear: () => set({ cascades: [], last: {}, durations: {} }),
}));

export interface PreviewHandlers {
  onCascade(cascade: Cascade): void;
  onOpenCallback(id: string): void;
  /** Props the running app changed ('dashwright:values'). */
  onValues?(reset: boolean, values: Record<string, Record<string, unknown>>): void;
}

/**
 * Listen to `target` (the editor window) for messages from the preview frame only: a message
 * whose source is not `frame()` (another frame, an extension, the editor itself) is ignored.
 */
export function listenToPreview(target: Window, frame: () => Window | null | undefined, handlers: PreviewHandlers): () => void {
  const onMessage = (event: MessageEvent): void => {
    const source = frame();
    if (!source || event.source !== source) return;
    const cascade = parsePreviewMessage('dashwright:cascade', event.data);
    if (cascade) return handlers.onCascade(cascade.record);
    const open = parsePreviewMessage('dashwright:open-callback', event.data);
    if (open) return handlers.onOpenCallback(open.callback);
    const values = parsePreviewMessage('dashwright:values', event.data);
    if (values) handlers.onValues?.(values.reset, values.values);
  };
  target.addEventListener('message', onMessage);
  return () => target.removeEventListener('message', onMessage);
}
