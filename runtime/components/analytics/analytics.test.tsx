// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppServicesProvider, createPropWatcher } from '../appContext';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { mount, type Mounted } from '../testkit';
import type { AnalyticsEvent } from './events';

let mounted: Mounted | null = null;
/** happy-dom's sendBeacon really sends: every test gets this fake instead. */
let beacon = vi.fn((_url: string, _body: Blob) => true);
beforeEach(() => {
  vi.useFakeTimers();
  beacon = vi.fn((_url: string, _body: Blob) => true);
  vi.stubGlobal('navigator', { ...navigator, sendBeacon: beacon });
  localStorage.clear();
  document.cookie = 'uid=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The other components' props, as the page's store holds them. */
function pageProps(initial: Record<string, unknown>) {
  let values = { ...initial };
  const listeners = new Set<() => void>();
  return {
    store: {
      get: (key: string) => values[key],
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    async set(key: string, value: unknown) {
      values = { ...values, [key]: value };
      await act(async () => {
        for (const l of listeners) l();
      });
    },
  };
}

async function analytics(props: Record<string, unknown>, options: { preview?: boolean } = {}) {
  const page = pageProps({ 'picker.value': 'north', 'slider.value': 1 });
  const services = { settings: {}, preview: options.preview === true, props: createPropWatcher(page.store) };
  const setProp = vi.fn();
  mounted = await mount(
    <AppServicesProvider value={services}>
      <ComponentFrame id="track" type="analytics" props={builtinRegistry.withDefaults('analytics', props)} setProp={setProp} />
    </AppServicesProvider>,
  );
  return { page, setProp };
}

function fakeEndpoint(status = 200) {
  const bodies: AnalyticsEvent[][] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    bodies.push(JSON.parse(init.body as string) as AnalyticsEvent[]);
    return new Response('', { status });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, bodies };
}

const advance = (ms: number) => act(async () => vi.advanceTimersByTimeAsync(ms));

describe('analytics', () => {
  it('each change of a tracked prop becomes an event, batched, with the user id from the cookie; sent counts the delivered ones', async () => {
    const ep = fakeEndpoint();
    document.cookie = 'uid=user%2042';
    const a = await analytics({ provider: 'http', endpoint: 'https://collect.example.com/e', track: ['picker.value'], identify: 'uid' });
    await a.page.set('picker.value', 'south');
    await a.page.set('slider.value', 7); // not tracked
    await a.page.set('picker.value', 'east');
    expect(ep.fetch).not.toHaveBeenCalled(); // batched: nothing before the second is up
    await advance(1000);
    expect(ep.fetch).toHaveBeenCalledTimes(1);
    expect(ep.fetch.mock.calls[0]![0]).toBe('https://collect.example.com/e');
    const [first, second] = ep.bodies[0]!;
    expect(first).toMatchObject({ event: 'picker.value changed', properties: { prop: 'picker.value', value: 'south', distinct_id: 'user 42' } });
    expect(second!.properties.value).toBe('east');
    expect(typeof first!.properties.time).toBe('number');
    expect(first!.properties.$insert_id).not.toBe(second!.properties.$insert_id);
    expect(a.setProp).toHaveBeenCalledWith('sent', 2);
  });

  it('without the cookie: an anonymous id, the same for every event and kept in localStorage', async () => {
    const ep = fakeEndpoint();
    const a = await analytics({ provider: 'http', endpoint: '/collect', track: ['picker.value'], identify: 'uid', eventName: 'Region picked' });
    await a.page.set('picker.value', 'south');
    await a.page.set('picker.value', 'west');
    await advance(1000);
    const ids = ep.bodies[0]!.map((e) => e.properties.distinct_id);
    expect(ids[0]).toMatch(/^anon-/);
    expect(ids[1]).toBe(ids[0]);
    expect(localStorage.getItem('dashwright:anonymous-id')).toBe(ids[0]);
    expect(ep.bodies[0]![0]!.event).toBe('Region picked');
  });

  it('a failing endpoint sets error and is retried; the page is never held up', async () => {
    const ep = fakeEndpoint(503);
    const a = await analytics({ provider: 'http', endpoint: 'https://collect.example.com/e', track: ['picker.value'] });
    await a.page.set('picker.value', 'south');
    await advance(1000);
    expect(a.setProp).toHaveBeenCalledWith('error', 'the endpoint answered HTTP 503; retrying');
    await advance(1000);
    expect(ep.fetch).toHaveBeenCalledTimes(2);
  });

  it('Mixpanel: the token goes with each event, to Mixpanel\'s /track', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response('1'));
    vi.stubGlobal('fetch', fetch);
    const a = await analytics({ provider: 'mixpanel', token: 'tok-1', track: ['picker.value'] });
    await a.page.set('picker.value', 'south');
    await advance(1000);
    expect(fetch.mock.calls[0]![0]).toBe('https://api-js.mixpanel.com/track');
    const events = JSON.parse(new URLSearchParams(fetch.mock.calls[0]![1].body as string).get('data')!) as AnalyticsEvent[];
    expect(events[0]!.properties).toMatchObject({ token: 'tok-1', value: 'south' });
  });

  it('on pagehide what is queued goes by sendBeacon at once', async () => {
    const ep = fakeEndpoint();
    const a = await analytics({ provider: 'http', endpoint: 'https://collect.example.com/e', track: ['picker.value'] });
    await a.page.set('picker.value', 'south');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(beacon).toHaveBeenCalledWith('https://collect.example.com/e', expect.any(Blob));
    await advance(2000);
    expect(ep.fetch).not.toHaveBeenCalled();
  });

  it('in the editor\'s preview it sends nothing and logs what it would send', async () => {
    const ep = fakeEndpoint();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const a = await analytics({ provider: 'http', endpoint: 'https://collect.example.com/e', track: ['picker.value'] }, { preview: true });
    await a.page.set('picker.value', 'south');
    await advance(1000);
    expect(ep.fetch).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith(expect.stringContaining('would send to https://collect.example.com/e'), [expect.objectContaining({ event: 'picker.value changed' })]);
    expect(a.setProp).not.toHaveBeenCalled();
    info.mockRestore();
  });
});
