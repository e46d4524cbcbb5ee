import { splitPropKey } from '../schema/project';
import type { AppSpec } from '../schema/spec';

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
  errors: readonly RuntimeError[];
}

export const initialState: RuntimeState = {
  status: 'idle',
  loadError: null,
  spec: null,
  components: {},
  values: {},
  loading: {},
  errors: [],
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
