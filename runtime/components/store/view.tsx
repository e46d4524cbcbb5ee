import { useEffect, useRef, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { StoreProps } from './props';

/** The Web Storage key a store keeps its data under. */
export const storageKey = (id: string): string => `dashwright:store:${id}`;

function areaOf(storage: StoreProps['storage']): Storage | null {
  try {
    if (storage === 'local') return window.localStorage;
    if (storage === 'session') return window.sessionStorage;
  } catch {
    // Storage refused (a sandboxed frame, privacy settings): the store keeps its data in memory.
  }
  return null;
}

/** The stored JSON text and its value, or null when nothing (readable) is stored. */
function readStored(area: Storage, key: string): { text: string; value: StoreProps['data'] } | null {
  try {
    const text = area.getItem(key);
    if (text === null) return null;
    return { text, value: JSON.parse(text) as StoreProps['data'] };
  } catch {
    return null;
  }
}

/**
 * Draws nothing. With storage "session" or "local", the data is written to Web Storage on every
 * change, and on mount a stored value replaces the manifest's (through setProp, so callbacks that
 * read it run, as in Dash). "local" also follows other tabs' writes. Never touches storage on the
 * design canvas.
 */
export function StoreView({ id, props, setProp, mode }: ViewProps<StoreProps>): ReactElement | null {
  const text = JSON.stringify(props.data) ?? 'null';
  const { storage } = props;
  const commit = useRef(setProp);
  /** `${storage}:${id}` once the stored value was looked up for it. */
  const restoredFor = useRef<string | null>(null);

  useEffect(() => {
    commit.current = setProp;
  }, [setProp]);

  useEffect(() => {
    if (mode !== 'app') return;
    const area = areaOf(storage);
    if (!area) return;
    const key = storageKey(id);
    const stored = readStored(area, key);
    if (restoredFor.current !== `${storage}:${id}`) {
      restoredFor.current = `${storage}:${id}`;
      if (stored && stored.text !== text) {
        commit.current('data', stored.value);
        return;
      }
    }
    if (stored?.text === text) return;
    try {
      area.setItem(key, text);
    } catch {
      // Quota exceeded: the value lives on in the page; the next change tries again.
    }
  }, [id, mode, storage, text]);

  useEffect(() => {
    if (mode !== 'app' || storage !== 'local') return;
    const key = storageKey(id);
    const onStorage = (e: StorageEvent): void => {
      if (e.key !== key || e.newValue === null) return;
      try {
        commit.current('data', JSON.parse(e.newValue) as StoreProps['data']);
      } catch {
        // Not JSON: written by something else; ignore it.
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [id, mode, storage]);

  return null;
}
