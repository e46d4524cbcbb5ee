import type { InvokeOutcome } from './worker/protocol';

/** Upper bounds (seconds) of the callback duration histogram's buckets. */
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

interface CallbackMetrics {
  /** Count per bucket (not cumulative; summed when rendered). */
  buckets: number[];
  sum: number;
  count: number;
  errors: number;
  timeouts: number;
  outOfMemory: number;
}

/** What the server knows at the moment /metrics is read. */
export interface MetricsSnapshot {
  /** Callback id → cache hits and misses (CallbackCache.stats). */
  cache: Record<string, { hits: number; misses: number }>;
  /** Calls waiting for a worker, cascade and background pools together. */
  queueDepth: number;
  requestsInFlight: number;
  backgroundInFlight: number;
}

/**
 * The server's Prometheus metrics (GET /metrics, text format 0.0.4): per callback a duration
 * histogram, runs, errors, timeouts and out-of-memory stops, cache hits and misses; and the
 * queue depth and work in flight. Counters live per server instance (no global registry).
 */
export class Metrics {
  private readonly callbacks = new Map<string, CallbackMetrics>();
  private readonly started = Date.now();

  /** Records one run of a callback (inline or in a worker) that took `ms`. */
  record(callback: string, ms: number, outcome: InvokeOutcome): void {
    let m = this.callbacks.get(callback);
    if (!m) {
      m = { buckets: new Array<number>(BUCKETS.length + 1).fill(0), sum: 0, count: 0, errors: 0, timeouts: 0, outOfMemory: 0 };
      this.callbacks.set(callback, m);
    }
    const seconds = ms / 1000;
    let i = 0;
    while (i < BUCKETS.length && seconds > BUCKETS[i]) i++;
    m.buckets[i] += 1;
    m.sum += seconds;
    m.count += 1;
    if (outcome.kind === 'error') {
      m.errors += 1;
      if (outcome.reason === 'timeout') m.timeouts += 1;
      if (outcome.reason === 'memory') m.outOfMemory += 1;
    }
  }

  render(snapshot: MetricsSnapshot): string {
    const lines: string[] = [];
    const family = (name: string, type: string, help: string): void => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    };
    const ids = [...this.callbacks.keys()].sort();
    family('dashwright_callback_duration_seconds', 'histogram', 'Time a server callback took to run (cache hits excluded).');
    for (const id of ids) {
      const m = this.callbacks.get(id)!;
      const label = `callback="${escapeLabel(id)}"`;
      let cumulative = 0;
      BUCKETS.forEach((le, i) => {
        cumulative += m.buckets[i];
        lines.push(`dashwright_callback_duration_seconds_bucket{${label},le="${le}"} ${cumulative}`);
      });
      lines.push(`dashwright_callback_duration_seconds_bucket{${label},le="+Inf"} ${m.count}`);
      lines.push(`dashwright_callback_duration_seconds_sum{${label}} ${round(m.sum)}`);
      lines.push(`dashwright_callback_duration_seconds_count{${label}} ${m.count}`);
    }
    const counter = (name: string, help: string, value: (m: CallbackMetrics) => number): void => {
      family(name, 'counter', help);
      for (const id of ids) lines.push(`${name}{callback="${escapeLabel(id)}"} ${value(this.callbacks.get(id)!)}`);
    };
    counter('dashwright_callback_runs_total', 'Runs of a server callback.', (m) => m.count);
    counter('dashwright_callback_errors_total', 'Runs that ended in an error (thrown, timed out, out of memory, bad result).', (m) => m.errors);
    counter('dashwright_callback_timeouts_total', 'Runs stopped at their time limit.', (m) => m.timeouts);
    counter('dashwright_callback_out_of_memory_total', 'Runs stopped at the worker memory limit (CALLBACK_MEMORY_MB).', (m) => m.outOfMemory);
    const cacheIds = Object.keys(snapshot.cache).sort();
    family('dashwright_cache_hits_total', 'counter', 'Callback results answered from the cache.');
    for (const id of cacheIds) lines.push(`dashwright_cache_hits_total{callback="${escapeLabel(id)}"} ${snapshot.cache[id].hits}`);
    family('dashwright_cache_misses_total', 'counter', 'Cache lookups that found nothing.');
    for (const id of cacheIds) lines.push(`dashwright_cache_misses_total{callback="${escapeLabel(id)}"} ${snapshot.cache[id].misses}`);
    family('dashwright_queue_depth', 'gauge', 'Callback calls waiting for a worker.');
    lines.push(`dashwright_queue_depth ${snapshot.queueDepth}`);
    family('dashwright_requests_in_flight', 'gauge', 'HTTP requests being answered.');
    lines.push(`dashwright_requests_in_flight ${snapshot.requestsInFlight}`);
    family('dashwright_background_in_flight', 'gauge', 'Background callback calls running on this instance.');
    lines.push(`dashwright_background_in_flight ${snapshot.backgroundInFlight}`);
    family('dashwright_uptime_seconds', 'gauge', 'Seconds since the server started.');
    lines.push(`dashwright_uptime_seconds ${Math.round((Date.now() - this.started) / 1000)}`);
    return `${lines.join('\n')}\n`;
  }
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
