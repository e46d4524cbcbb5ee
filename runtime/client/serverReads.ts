import { readsOf, type DependencyGraph } from '../graph';

/**
 * What a batch of server callbacks reads, plus, for each named value the page does not hold (values
 * stay on the server), what its producer reads, recursively: the server recomputes the value
 * (memoized) from those current values rather than from the manifest's.
 */
export function serverReads(g: DependencyGraph, ids: readonly string[], held: (key: string) => boolean): string[] {
  const keys = new Set<string>();
  const visit = (callbackIds: readonly string[]): void => {
    for (const key of readsOf(g, callbackIds)) {
      if (keys.has(key)) continue;
      keys.add(key);
      const producer = g.producer.get(key);
      if (producer !== undefined && !held(key) && !ids.includes(producer)) visit([producer]);
    }
  };
  visit(ids);
  return [...keys];
}
