import { useCallback, useSyncExternalStore } from 'react';
import type { AppRuntime } from './runtime';
import type { PropsRecord, RuntimeState } from './store';

const EMPTY: PropsRecord = Object.freeze({});

/** Subscribe a component to a slice of the runtime state; `select` must return stable values. */
export function useRuntimeSelector<T>(runtime: AppRuntime, select: (state: RuntimeState) => T): T {
  const get = (): T => select(runtime.getState());
  return useSyncExternalStore(runtime.subscribe, get, get);
}

export function useComponentProps(runtime: AppRuntime, id: string): PropsRecord {
  return useRuntimeSelector(runtime, (s) => s.components[id] ?? EMPTY);
}

export function useComponentLoading(runtime: AppRuntime, id: string): boolean {
  return useRuntimeSelector(runtime, (s) => (s.loading[id] ?? 0) > 0);
}

/** setProp(prop, value) for one component, bound to the runtime. */
export function useSetProp(runtime: AppRuntime, id: string): (prop: string, value: unknown) => void {
  return useCallback((prop: string, value: unknown) => void runtime.setProp(`${id}.${prop}`, value), [runtime, id]);
}
