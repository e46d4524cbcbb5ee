import type { CacheOutcome, CallbackStats, StatsResponse } from '../schema/wire';
import { argsHash } from './valueCache';

export interface CallbackCacheOptions {
  /** Most results kept across all callbacks; the least recently used go first. Default 500. */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface Entry {
  outputs: Record<string, unknown>;
  expires: number;
}

/** The part of a callback's spec the cache needs. */
export interface CachedCallback {
  id: string;
  cache?: { ttlSeconds: number } | undefined;
}

/**
 * Results of callbacks with `"cache": { "ttlSeconds": N }`, keyed by the app revision, the
 * callback and a hash of its arguments (inputs and state), each kept N seconds; plus the
 * counters GET /_dashwright/stats shows for every callback (runs, cache hits and misses, last
 * duration). One per server; a new revision simply stops matching the old entries.
 */
export class CallbackCache {
  private readonly entries = new Map<string, Entry>();
  private readonly counters = new Map<string, CallbackStats>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: CallbackCacheOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 500);
    this.now = options.now ?? Date.now;
  }

  /** The cache key of a call, or undefined when the callback has no `cache`. */
  keyOf(revision: string, spec: CachedCallback, args: Record<string, unknown>): string | undefined {
    return spec.cache ? argsHash(`${revision}:${spec.id}`, args) : undefined;
  }

  /** A fresh cached result (counted as a hit), or undefined (counted as a miss). */
  lookup(spec: CachedCallback, key: string): { outcome: CacheOutcome; outputs?: Record<string, unknown> } {
    const entry = this.entries.get(key);
    const stats = this.statsOf(spec.id);
    if (entry && entry.expires > this.now()) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      stats.hits++;
      return { outcome: 'hit', outputs: entry.outputs };
    }
    if (entry) this.entries.delete(key);
    stats.misses++;
    return { outcome: 'miss' };
  }

  /** Keep a successful result for the callback's ttl. */
  store(spec: CachedCallback, key: string, outputs: Record<string, unknown>): void {
    if (!spec.cache) return;
    this.entries.delete(key);
    this.entries.set(key, { outputs, expires: this.now() + spec.cache.ttlSeconds * 1000 });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** A callback ran (on a worker) for `ms` milliseconds. */
  recordRun(callback: string, ms: number): void {
    const stats = this.statsOf(callback);
    stats.runs++;
    stats.lastMs = ms;
  }

  /** Counters of the given callbacks (every callback seen when no list is given). */
  stats(callbacks?: readonly string[]): StatsResponse {
    const ids = callbacks ?? [...this.counters.keys()];
    const out: Record<string, CallbackStats> = {};
    for (const id of ids) out[id] = { ...(this.counters.get(id) ?? { runs: 0, hits: 0, misses: 0, lastMs: 0 }) };
    return { callbacks: out };
  }

  get size(): number {
    return this.entries.size;
  }

  private statsOf(id: string): CallbackStats {
    let stats = this.counters.get(id);
    if (!stats) {
      stats = { runs: 0, hits: 0, misses: 0, lastMs: 0 };
      this.counters.set(id, stats);
    }
    return stats;
  }
}
