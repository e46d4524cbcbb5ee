import type { AnalyticsEvent } from './events';

/**
 * Batches events and delivers them without ever holding up the page: a batch goes when it has
 * `batchSize` events or `flushMs` after its first one; one request at a time; a failed one is
 * retried with exponential backoff; past `maxQueued` the oldest events are dropped. `flushNow`
 * (on pagehide) hands everything to sendBeacon (or a keepalive fetch) at once.
 */
export interface Delivery {
  url: string;
  /** The request body for `events`, and its Content-Type. */
  encode(events: readonly AnalyticsEvent[]): { body: string; contentType: string };
  /** The same for sendBeacon, which only sends CORS-safelisted types without a preflight. */
  encodeBeacon(events: readonly AnalyticsEvent[]): { body: string; contentType: string };
}

export interface QueueHooks {
  fetch(url: string, init: RequestInit): Promise<{ ok: boolean; status: number }>;
  sendBeacon?(url: string, body: Blob): boolean;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Told after each delivery: how many events it carried, or why it failed. */
  onDelivered?(count: number): void;
  onFailed?(message: string, willRetry: boolean): void;
  /** Told when events are dropped (the queue was full, or the endpoint refused them for good). */
  onDropped?(count: number, why: string): void;
}

export interface QueueOptions {
  batchSize?: number;
  flushMs?: number;
  maxQueued?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Beacons carry at most ~64 KB; bigger flushes are split. */
  beaconBytes?: number;
}

export interface EventQueue {
  push(event: AnalyticsEvent): void;
  /** Everything queued, now, by beacon (the page is going away). */
  flushNow(): void;
  readonly size: number;
  dispose(): void;
}

/** 4xx answers other than these mean the events will never be taken: drop them, do not retry. */
const RETRYABLE = new Set([408, 425, 429]);

export function createEventQueue(delivery: Delivery, hooks: QueueHooks, options: QueueOptions = {}): EventQueue {
  const batchSize = options.batchSize ?? 20;
  const flushMs = options.flushMs ?? 1000;
  const maxQueued = options.maxQueued ?? 500;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const retryMaxMs = options.retryMaxMs ?? 30_000;
  const beaconBytes = options.beaconBytes ?? 60_000;
  let queue: AnalyticsEvent[] = [];
  let timer: unknown = null;
  let inFlight = false;
  let attempt = 0;
  let disposed = false;

  function schedule(ms: number): void {
    if (timer !== null || disposed) return;
    timer = hooks.setTimeout(() => {
      timer = null;
      void send();
    }, ms);
  }

  async function send(): Promise<void> {
    if (inFlight || queue.length === 0 || disposed) return;
    inFlight = true;
    const batch = queue.slice(0, batchSize);
    const { body, contentType } = delivery.encode(batch);
    let retry = false;
    try {
      const res = await hooks.fetch(delivery.url, { method: 'POST', headers: { 'Content-Type': contentType }, body, keepalive: body.length < beaconBytes });
      if (res.ok) {
        queue = queue.slice(batch.length);
        attempt = 0;
        hooks.onDelivered?.(batch.length);
      } else if (res.status >= 400 && res.status < 500 && !RETRYABLE.has(res.status)) {
        queue = queue.slice(batch.length);
        attempt = 0;
        hooks.onFailed?.(`the endpoint refused ${batch.length} event(s) (HTTP ${res.status})`, false);
        hooks.onDropped?.(batch.length, `HTTP ${res.status}`);
      } else {
        retry = true;
        hooks.onFailed?.(`the endpoint answered HTTP ${res.status}; retrying`, true);
      }
    } catch (err) {
      retry = true;
      hooks.onFailed?.(`could not reach ${delivery.url} (${err instanceof Error ? err.message : String(err)}); retrying`, true);
    } finally {
      inFlight = false;
    }
    if (disposed) return;
    if (retry) {
      attempt += 1;
      schedule(Math.min(retryMaxMs, retryBaseMs * 2 ** (attempt - 1)));
    } else if (queue.length >= batchSize) void send();
    else if (queue.length > 0) schedule(flushMs);
  }

  return {
    push(event) {
      if (disposed) return;
      queue.push(event);
      if (queue.length > maxQueued) {
        const dropped = queue.length - maxQueued;
        queue = queue.slice(dropped);
        hooks.onDropped?.(dropped, `more than ${maxQueued} events waiting`);
      }
      // While a retry waits, new events join the queue and go with it.
      if (attempt > 0) return;
      if (queue.length >= batchSize && !inFlight) {
        if (timer !== null) hooks.clearTimeout(timer);
        timer = null;
        void send();
      } else schedule(flushMs);
    },
    flushNow() {
      if (queue.length === 0) return;
      const events = queue;
      queue = [];
      if (timer !== null) hooks.clearTimeout(timer);
      timer = null;
      const chunks: AnalyticsEvent[][] = [];
      let chunk: AnalyticsEvent[] = [];
      for (const event of events) {
        chunk.push(event);
        if (delivery.encodeBeacon(chunk).body.length > beaconBytes && chunk.length > 1) {
          chunks.push(chunk.slice(0, -1));
          chunk = [event];
        }
      }
      chunks.push(chunk);
      for (const part of chunks) {
        const { body, contentType } = delivery.encodeBeacon(part);
        const queued = hooks.sendBeacon?.(delivery.url, new Blob([body], { type: contentType })) ?? false;
        if (!queued) void hooks.fetch(delivery.url, { method: 'POST', headers: { 'Content-Type': contentType }, body, keepalive: true }).catch(() => undefined);
      }
    },
    get size() {
      return queue.length;
    },
    dispose() {
      disposed = true;
      if (timer !== null) hooks.clearTimeout(timer);
      timer = null;
    },
  };
}
