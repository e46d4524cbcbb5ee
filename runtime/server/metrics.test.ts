import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { Metrics } from './metrics';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

describe('Metrics', () => {
  it('renders cumulative histogram buckets, counters by callback and gauges in Prometheus text format', () => {
    const metrics = new Metrics();
    metrics.record('a', 0.7, { kind: 'ok', outputs: {} });
    metrics.record('a', 30, { kind: 'error', message: 'x' });
    metrics.record('b"q', 2000, { kind: 'error', message: 'slow', reason: 'timeout' });
    const text = metrics.render({ cache: { a: { hits: 3, misses: 1 } }, queueDepth: 2, requestsInFlight: 1, backgroundInFlight: 0 });
    expect(text).toContain('# TYPE dashwright_callback_duration_seconds histogram');
    expect(text).toContain('dashwright_callback_duration_seconds_bucket{callback="a",le="0.0005"} 0');
    expect(text).toContain('dashwright_callback_duration_seconds_bucket{callback="a",le="0.001"} 1');
    expect(text).toContain('dashwright_callback_duration_seconds_bucket{callback="a",le="0.05"} 2');
    expect(text).toContain('dashwright_callback_duration_seconds_bucket{callback="a",le="+Inf"} 2');
    expect(text).toContain('dashwright_callback_duration_seconds_count{callback="a"} 2');
    expect(text).toContain('dashwright_callback_errors_total{callback="a"} 1');
    expect(text).toContain('dashwright_callback_timeouts_total{callback="b\\"q"} 1');
    expect(text).toContain('dashwright_cache_hits_total{callback="a"} 3');
    expect(text).toContain('dashwright_cache_misses_total{callback="a"} 1');
    expect(text).toContain('dashwright_queue_depth 2');
    expect(text).toContain('dashwright_requests_in_flight 1');
    // Every sample line is "name{labels} number" or "name number".
    for (const line of text.trim().split('\n').filter((l) => !l.startsWith('#'))) expect(line).toMatch(/^[a-z_]+(\{.*\})? -?[0-9.e+-]+$/);
  });
});

describe('GET /metrics', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(createCatalog(), { manifest: helloManifest(), callbacks: { double: doubleSource } }, { workers: 1 });
  }, 20_000);
  afterAll(async () => {
    await app?.close();
  });

  it('counts the runs of a callback', async () => {
    await app.post({ changed: ['n.value'], values: { 'n.value': 2 } });
    await app.post({ changed: ['n.value'], values: { 'n.value': 3 } });
    const res = await app.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('dashwright_callback_runs_total{callback="double"} 2');
    expect(text).toContain('dashwright_callback_duration_seconds_count{callback="double"} 2');
    expect(text).toContain('dashwright_cache_misses_total{callback="double"} 0');
    expect(text).toContain('dashwright_requests_in_flight 1'); // this one
  });
});
