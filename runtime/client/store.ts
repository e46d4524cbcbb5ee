import { splitPropKey, type ComponentInstance } from '../schema/project';
import type { AppSpec } from '../contracts/spec';

/** A problem shown to the user as a toast: a callback error, a failed request, a failed reload. */
export interface RuntimeError {
  id: number;
  /** Callback id(s), or "spec" / "update" for request failures. */
  callback: string;
  message: string;
  /** First (source-mapped) stack line, when there is one. */
  location?: string;
  source: 'server' | 'client' | 'network';
}

export type PropsRecord = Readonly<Record<string, unknown>>;

/** A background job's progress, shown on each component it writes. */
export interface ComponentProgress {
  job: string;
  callback: string;
  /** 0…1 */
  fraction: number;
  message?: string;
}

/** Immutable snapshot; each component's props object is replaced only when one of its props changes. */
export interface RuntimeState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Why the first load failed (status "failed"). */
  loadError: string | null;
  spec: AppSpec | null;
  /** component id → props with defaults and runtime values */
  components: Readonly<Record<string, PropsRecord>>;
  /** "id.prop" → value, for named values and anything that is not a component prop */
  values: Readonly<Record<string, unknown>>;
  /** component or value id → number of its props being computed */
  loading: Readonly<Record<string, number>>;
  /** component id → progress of the background job computing one of its props */
  progress: Readonly<Record<string, ComponentProgress>>;
  errors: readonly RuntimeError[];
  /** The components repeat containers draw from their template, one set per item (copies.ts). */
  copies: readonly ComponentInstance[];
}

export const initialState: RuntimeState = {
  status: 'idle',
  loadError: null,
  spec: null,
  components: {},
  values: {},
  loading: {},
  progress: {},
  errors: [],
  copies: [],
};

export interface Store {
  getState(): RuntimeState;
  update(change: (state: RuntimeState) => RuntimeState): void;
  subscribe(listener: () => void): () => void;
}

export function createStore(initial: RuntimeState = initialState): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function readKey(state: RuntimeState, key: string): { found: boolean; value: unknown } {
  const parts = splitPropKey(key);
  const props = parts ? state.components[parts.id] : undefined;
  if (parts && props) return { found: Object.hasOwn(props, parts.prop), value: props[parts.prop] };
  return { found: Object.hasOwn(state.values, key), value: state.values[key] };
}

/** The state with `updates` ("id.prop" → value) written in. */
export function writeKeys(state: RuntimeState, updates: Readonly<Record<string, unknown>>): RuntimeState {
  const keys = Object.keys(updates);
  if (keys.length === 0) return state;
  const components = { ...state.components };
  let values = state.values;
  for (const key of keys) {
    const parts = splitPropKey(key);
    const props = parts ? components[parts.id] : undefined;
    if (parts && props) components[parts.id] = { ...props, [parts.prop]: updates[key] };
    else values = { ...values, [key]: updates[key] };
  }
  return { ...state, components, values };
}

/** Add `delta` to the loading count of the component (or value) owning each key. */
export function adjustLoading(state: RuntimeState, keys: readonly string[], delta: number): RuntimeState {
  if (keys.length === 0) return state;
  const loading: Record<string, number> = { ...state.loading };
  for (const key of keys) {
    const id = splitPropKey(key)?.id ?? key;
    const next = (loading[id] ?? 0) + delta;
    if (next > 0) loading[id] = next;
    else delete loading[id];
  }
  return { ...state, loading };
}

/**
 * Set (or, with `progress` undefined, clear) the progress shown on the components owning `keys`.
 * Clearing leaves a component alone when another job has since taken it over.
 */
export function setProgress(state: RuntimeState, keys: readonly string[], job: string, progress: Omit<ComponentProgress, 'job'> | undefined): RuntimeState {
  let next: Record<string, ComponentProgress> | undefined;
  for (const id of new Set(keys.map((key) => splitPropKey(key)?.id ?? key))) {
    const current = state.progress[id];
    if (progress === undefined ? current?.job !== job : sameProgress(current, job, progress)) continue;
    next ??= { ...state.progress };
    if (progress === undefined) delete next[id];
    else next[id] = { job, ...progress };
  }
  return next ? { ...state, progress: next } : state;
}

function sameProgress(current: ComponentProgress | undefined, job: string, progress: Omit<ComponentProgress, 'job'>): boolean {
  return current !== undefined && current.job === job && current.fraction === progress.fraction && current.message === progress.message && current.callback === progress.callback;
}
