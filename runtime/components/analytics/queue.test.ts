import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deliveryFor } from './delivery';
import type { AnalyticsEvent } from './events';
import { createEventQueue, type QueueHooks } from './queue';

const event = (n: number): AnalyticsEvent => ({ event: 'e', properties: { n } });
const http = deliveryFor('http', 'https://collect.example.com/e')!;

/** A fake endpoint: answers each request with the next status (default 200) and records the events it got. */
function endpoint(statuses: (number | 'down')[] = []) {
  const received: number[][] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const status = statuses.shift() ?? 200;
    if (status === 'down') throw new TypeError('Failed to fetch');
    if (status < 300) received.push((JSON.parse(init.body as string) as AnalyticsEvent[]).map((e) => e.properties.n as number));
    return { ok: status < 300, status };
  });
  return { fetch, received };
}

function hooks(fetch: QueueHooks['fetch'], extra: Partial<QueueHooks> = {}): QueueHooks {
  return { fetch, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>), ...extra };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('event queue', () => {
  it('batches: events within a second go in one request, as a JSON array', async () => {
    const ep = endpoint();
    const delivered = vi.fn();
    const q = createEventQueue(http, hooks(ep.fetch, { onDelivered: delivered }));
    q.push(event(1));
    await vi.advanceTimersByTimeAsync(500);
    q.push(event(2));
    expect(ep.fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(ep.received).toEqual([[1, 2]]);
    expect(ep.fetch.mock.calls[0]![1]).toMatchObject({ method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(delivered).toHaveBeenCalledWith(2);
    expect(q.size).toBe(0);
  });

  it('a full batch goes at once, without waiting for the timer', async () => {
    const ep = endpoint();
    const q = createEventQueue(http, hooks(ep.fetch), { batchSize: 3 });
    for (const n of [1, 2, 3, 4]) q.push(event(n));
    await vi.advanceTimersByTimeAsync(0);
    expect(ep.received).toEqual([[1, 2, 3]]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ep.received).toEqual([[1, 2, 3], [4]]);
  });

  it('retries a failed delivery with exponential backoff, keeping the events, until it goes through', async () => {
    const ep = endpoint(['down', 503, 'down', 200]);
    const failed = vi.fn();
    const q = createEventQueue(http, hooks(ep.fetch, { onFailed: failed }), { retryBaseMs: 1000 });
    q.push(event(1));
    await vi.advanceTimersByTimeAsync(1000); // first try: down
    expect(ep.fetch).toHaveBeenCalledTimes(1);
    expect(failed).toHaveBeenLastCalledWith(expect.stringMatching(/could not reach https:\/\/collect\.example\.com\/e .*retrying/), true);
    q.push(event(2));
    await vi.advanceTimersByTimeAsync(999);
    expect(ep.fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // +1 s: 503
    expect(ep.fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000); // +2 s: down
    expect(ep.fetch).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(3999);
    expect(ep.fetch).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1); // +4 s: through, with the event that came meanwhile
    expect(ep.received).toEqual([[1, 2]]);
    expect(q.size).toBe(0);
  });

  it('a 4xx refusal drops the batch instead of retrying it forever', async () => {
    const ep = endpoint([400]);
    const dropped = vi.fn();
    const q = createEventQueue(http, hooks(ep.fetch, { onDropped: dropped }));
    q.push(event(1));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ep.fetch).toHaveBeenCalledTimes(1);
    expect(dropped).toHaveBeenCalledWith(1, 'HTTP 400');
    expect(q.size).toBe(0);
  });

  it('bounded: beyond maxQueued the oldest events are dropped', async () => {
    const ep = endpoint(['down']);
    const dropped = vi.fn();
    const q = createEventQueue(http, hooks(ep.fetch, { onDropped: dropped }), { maxQueued: 3, batchSize: 10 });
    q.push(event(0));
    await vi.advanceTimersByTimeAsync(1000); // down: now waiting to retry
    for (const n of [1, 2, 3, 4]) q.push(event(n));
    expect(q.size).toBe(3);
    expect(dropped).toHaveBeenCalledWith(1, 'more than 3 events waiting');
    await vi.advanceTimersByTimeAsync(1000);
    expect(ep.received).toEqual([[2, 3, 4]]);
  });

  it('flushNow hands everything to sendBeacon (split to fit), or to a keepalive fetch when it refuses', async () => {
    const ep = endpoint();
    const beacons: { url: string; type: string; events: number }[] = [];
    const sendBeacon = vi.fn((url: string, body: Blob) => {
      beacons.push({ url, type: body.type, events: -1 });
      return beacons.length === 1;
    });
    const q = createEventQueue(http, hooks(ep.fetch, { sendBeacon }), { beaconBytes: 120 });
    for (const n of [1, 2, 3, 4, 5]) q.push(event(n));
    q.flushNow();
    expect(q.size).toBe(0);
    expect(sendBeacon.mock.calls.length).toBeGreaterThan(1);
    expect(beacons[0]).toMatchObject({ url: 'https://collect.example.com/e', type: 'text/plain;charset=utf-8' });
    // The second beacon was refused: its events went by fetch with keepalive.
    expect(ep.fetch.mock.calls[0]![1]).toMatchObject({ keepalive: true });
    await vi.advanceTimersByTimeAsync(5000);
    expect(ep.received.flat().length).toBeLessThan(5); // the first chunk went by beacon, not again by fetch
  });

  it('Mixpanel: the JSON array as the form field data, to /track', () => {
    const mixpanel = deliveryFor('mixpanel', '')!;
    expect(mixpanel.url).toBe('https://api-js.mixpanel.com/track');
    const { body, contentType } = mixpanel.encode([event(1)]);
    expect(contentType).toBe('application/x-www-form-urlencoded');
    expect(JSON.parse(new URLSearchParams(body).get('data')!)).toEqual([{ event: 'e', properties: { n: 1 } }]);
    expect(deliveryFor('http', '  ')).toBeNull();
  });
});
