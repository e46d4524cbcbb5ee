import type { CacheOutcome, CallbackStats, StatsResponse } from '../contracts/wire';
import { argsHash } from './valueCache';

/** A cache several server instances share (Redis, with REDIS_URL): results by key, each with its time to live. */
export interface SharedCacheStore {
  /** The outputs and how many ms they have left, or undefined; never rejects (a failure is a miss). */
  get(key: string): Promise<{ outputs: Record<string, unknown>; ttlMs: number } | undefined>;
  /** Never rejects (a failure only means the others will not see it). */
  set(key: string, outputs: Record<string, unknown>, ttlMs: number): Promise<void>;
}

export interface CallbackCacheOptions {
  /** Most results kept across all callbacks; the least recently used go first. Default 500. */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Shared with other instances: consulted on a local miss, written on every store. */
  shared?: SharedCacheStore;
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
  private readonly shared: SharedCacheStore | undefined;

  constructor(options: CallbackCacheOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 500);
    this.now = options.now ?? Date.now;
    this.shared = options.shared;
  }

  /**
   * The cache key of a call, or undefined when the callback has no `cache`. `triggered` is part
   * of it when given (for a callback whose code reads ctx.triggered, so its result may differ by
   * which input fired).
   */
  keyOf(revision: string, spec: CachedCallback, args: Record<string, unknown>, triggered?: readonly string[]): string | undefined {
    if (!spec.cache) return undefined;
    return argsHash(`${revision}:${spec.id}${triggered ? `:${[...triggered].sort().join(',')}` : ''}`, args);
  }

  /** A fresh cached result (counted as a hit), from this instance or the shared cache, or a miss. */
  async lookup(spec: CachedCallback, key: string): Promise<{ outcome: CacheOutcome; outputs?: Record<string, unknown> }> {
    const stats = this.statsOf(spec.id);
    const local = this.fresh(key);
    const found = local ?? (this.shared ? await this.fromShared(key) : undefined);
    if (found) {
      stats.hits++;
      return { outcome: 'hit', outputs: found };
    }
    stats.misses++;
    return { outcome: 'miss' };
  }

  /** Keep a successful result for the callback's ttl (here, and in the shared cache). */
  store(spec: CachedCallback, key: string, outputs: Record<string, unknown>): void {
    if (!spec.cache) return;
    const ttlMs = spec.cache.ttlSeconds * 1000;
    this.keep(key, outputs, ttlMs);
    void this.shared?.set(key, outputs, ttlMs);
  }

  private fresh(key: string): Record<string, unknown> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.outputs;
  }

  private async fromShared(key: string): Promise<Record<string, unknown> | undefined> {
    const found = await this.shared!.get(key);
    if (!found) return undefined;
    this.keep(key, found.outputs, found.ttlMs); // as long as the shared copy lives, no longer
    return found.outputs;
  }

  private keep(key: string, outputs: Record<string, unknown>, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { outputs, expires: this.now() + ttlMs });
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
