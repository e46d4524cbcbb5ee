/**
 * Persisted props (DESIGN §4b, Dash's `persistence`): a component with `"persistence": "local"`
 * or `"session"` keeps the values the user sets in localStorage or sessionStorage, keyed by
 * project name, component id and prop. On load the kept value wins over the manifest's, unless
 * the manifest's own value of that prop changed since it was kept: then it is dropped, as Dash
 * drops a persisted value when the prop's initial value changes.
 */
import type { AppSpec } from '../contracts/spec';

export interface PersistenceAreas {
  local: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/** What is kept for one prop: the user's value and the manifest's value it replaced. */
interface Kept {
  value: unknown;
  initial: string;
}

export function persistenceKey(project: string, id: string, prop: string): string {
  return `dashwright:persist:${project}:${id}:${prop}`;
}

/** The browser's storages, or null where a page may not use them (sandboxed frames, privacy settings). */
export function browserAreas(win: Pick<Window, 'localStorage' | 'sessionStorage'>): PersistenceAreas {
  const area = (get: () => Storage): Storage | null => {
    try {
      return get();
    } catch {
      return null;
    }
  };
  return { local: area(() => win.localStorage), session: area(() => win.sessionStorage) };
}

const initialOf = (value: unknown): string => JSON.stringify(value ?? null);

function read(area: NonNullable<PersistenceAreas['local']>, key: string): Kept | null {
  try {
    const text = area.getItem(key);
    if (text === null) return null;
    const kept = JSON.parse(text) as Partial<Kept>;
    return typeof kept === 'object' && kept !== null && typeof kept.initial === 'string' && 'value' in kept ? { value: kept.value, initial: kept.initial } : null;
  } catch {
    return null;
  }
}

export function createPersistence(areas: PersistenceAreas) {
  let spec: AppSpec | null = null;
  const areaOf = (mode: 'local' | 'session' | undefined) => (mode === undefined ? null : areas[mode]);

  return {
    /** Puts kept values into `components` (runtime seedProps); drops those whose manifest value changed. */
    seed(next: AppSpec, components: Record<string, Record<string, unknown>>): void {
      spec = next;
      for (const c of next.components) {
        const area = areaOf(c.persistence);
        const props = components[c.id];
        if (!area || !props) continue;
        for (const prop of Object.keys(props)) {
          const key = persistenceKey(next.name, c.id, prop);
          const kept = read(area, key);
          if (!kept) continue;
          if (kept.initial === initialOf(c.props[prop])) props[prop] = kept.value;
          else area.removeItem(key);
        }
      }
    },
    /** Keeps a user change ("id.prop") of a persisted component (runtime onUserSet). */
    record(key: string, value: unknown): void {
      const dot = key.indexOf('.');
      const c = spec?.components.find((x) => x.id === key.slice(0, dot));
      const area = areaOf(c?.persistence);
      if (!spec || !c || !area || dot <= 0) return;
      const prop = key.slice(dot + 1);
      const kept: Kept = { value, initial: initialOf(c.props[prop]) };
      try {
        area.setItem(persistenceKey(spec.name, c.id, prop), JSON.stringify(kept));
      } catch {
        // Quota exceeded or not JSON: the value lives on in the page only.
      }
    },
  };
}
