import { createContext, useContext } from 'react';
import type { Settings } from '../schema/project';

/**
 * What the running app tells its components beyond their own props: the project's settings,
 * whether this is the editor's preview, and a narrow view of other components' props (for
 * `analytics`). The client App provides it; without a provider (the design canvas, tests) a
 * component sees no settings, no preview and props that never change.
 */
export interface PropWatcher {
  /** The current value of "id.prop" (undefined when there is none). */
  get(key: string): unknown;
  /** Calls `onChange` after each change of one of `keys`, with its new and previous value; returns the unsubscribe. */
  watch(keys: readonly string[], onChange: (key: string, value: unknown, previous: unknown) => void): () => void;
}

export interface AppServices {
  settings: Settings;
  /** Served by the editor's preview: effects that leave the page (analytics) only log what they would do. */
  preview: boolean;
  props: PropWatcher;
}

const noWatcher: PropWatcher = {
  get: () => undefined,
  watch: () => () => {},
};

const AppContext = createContext<AppServices>({ settings: {}, preview: false, props: noWatcher });

export const AppServicesProvider = AppContext.Provider;

export function useAppSettings(): Settings {
  return useContext(AppContext).settings;
}

export function useIsPreview(): boolean {
  return useContext(AppContext).preview;
}

export function usePropWatcher(): PropWatcher {
  return useContext(AppContext).props;
}

/**
 * A PropWatcher over any store that has `subscribe` and a `get("id.prop")`: on every store change
 * it compares the watched keys' values with the last ones it saw.
 */
export function createPropWatcher(store: { subscribe(listener: () => void): () => void; get(key: string): unknown }): PropWatcher {
  return {
    get: (key) => store.get(key),
    watch(keys, onChange) {
      const last = new Map(keys.map((key) => [key, store.get(key)]));
      return store.subscribe(() => {
        for (const key of keys) {
          const value = store.get(key);
          const previous = last.get(key);
          if (Object.is(value, previous)) continue;
          last.set(key, value);
          onChange(key, value, previous);
        }
      });
    },
  };
}
