import { create } from 'zustand';

/**
 * What the preview reports: one record per finished cascade (runtime/client/runtime.ts
 * `CascadeRecord`, posted as `{ type: 'dashwright:cascade', record }`). Kept here as session
 * data: not undoable, not saved, cleared when another project opens.
 */
export interface CallbackRun {
  callback: string;
  placement: 'server' | 'client';
  ms: number;
  cache?: 'hit' | 'miss';
}

export interface Cascade {
  seq: number;
  initial: boolean;
  /** "id.prop" keys that set it off (empty on the initial load). */
  trigger: string[];
  startedAt: number;
  ms: number;
  ran: CallbackRun[];
  requests: number;
  /** Ids of the callbacks that failed. */
  errors: string[];
}

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
export const CASCADE_MESSAGE = 'dashwright:cascade';
/** Sent by the preview's error overlay: "open this callback's code". */
export const OPEN_CALLBACK_MESSAGE = 'dashwright:open-callback';

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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function parseRun(v: unknown): CallbackRun | null {
  if (!isObject(v) || typeof v.callback !== 'string' || !isNumber(v.ms)) return null;
  if (v.placement !== 'server' && v.placement !== 'client') return null;
  const run: CallbackRun = { callback: v.callback, placement: v.placement, ms: v.ms };
  if (v.cache === 'hit' || v.cache === 'miss') run.cache = v.cache;
  return run;
}

/** The cascade a message carries, or null for anything else (other tools post messages too). */
export function parseCascadeMessage(data: unknown): Cascade | null {
  if (!isObject(data) || data.type !== CASCADE_MESSAGE || !isObject(data.record)) return null;
  const r = data.record;
  if (!isNumber(r.seq) || !isNumber(r.startedAt) || !isNumber(r.ms) || !isNumber(r.requests)) return null;
  if (!isStrings(r.trigger) || !isStrings(r.errors) || !Array.isArray(r.ran)) return null;
  const ran = r.ran.map(parseRun);
  if (ran.some((x) => x === null)) return null;
  return { seq: r.seq, initial: r.initial === true, trigger: r.trigger, startedAt: r.startedAt, ms: r.ms, ran: ran as CallbackRun[], requests: r.requests, errors: r.errors };
}

/** The callback id of an "open this callback" message from the preview, or null. */
export function parseOpenMessage(data: unknown): string | null {
  return isObject(data) && data.type === OPEN_CALLBACK_MESSAGE && typeof data.callback === 'string' ? data.callback : null;
}

export interface PreviewHandlers {
  onCascade(cascade: Cascade): void;
  onOpenCallback(id: string): void;
}

/**
 * Listen to `target` (the editor window) for messages from the preview frame only: a message
 * whose source is not `frame()` (another frame, an extension, the editor itself) is ignored.
 */
export function listenToPreview(target: Window, frame: () => Window | null | undefined, handlers: PreviewHandlers): () => void {
  const onMessage = (event: MessageEvent): void => {
    const source = frame();
    if (!source || event.source !== source) return;
    const cascade = parseCascadeMessage(event.data);
    if (cascade) return handlers.onCascade(cascade);
    const open = parseOpenMessage(event.data);
    if (open) handlers.onOpenCallback(open);
  };
  target.addEventListener('message', onMessage);
  return () => target.removeEventListener('message', onMessage);
}
