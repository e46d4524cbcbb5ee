// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashwrightApp } from '../App';
import { createAppRuntime } from '../runtime';
import { appSpec, BASE, comp, fakeServer } from './fakeServer';
import { fire, mount, type Mounted } from '../../components/testkit';
import type { AppSpec } from '../../contracts/spec';

// What the page gives its components beyond their props (components/appContext.tsx): the
// project's settings, the preview flag and other components' props, seen through the real page.

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.unstubAllGlobals();
  for (const s of document.querySelectorAll('script[data-dw-include]')) s.remove();
});

const components = [
  comp('n', 'slider', { value: 3 }),
  comp('usage', 'analytics', { provider: 'http', endpoint: 'https://collect.example.com/e', track: ['n.value'] }, 2),
  comp('widget', 'includeScript', { src: 'widget.js' }, 3),
  comp('other', 'includeScript', { src: 'other.js' }, 4),
];

async function start(extra: Partial<AppSpec>) {
  const collect = vi.fn(async (_url: string, _init: RequestInit) => new Response(null, { status: 204 }));
  vi.stubGlobal('fetch', collect);
  vi.stubGlobal('navigator', { ...navigator, sendBeacon: vi.fn(() => true) });
  const server = fakeServer(appSpec(components, [], extra), {});
  const runtime = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger: { error: vi.fn() } });
  mounted = await mount(<DashwrightApp runtime={runtime} />);
  await act(async () => runtime.load());
  return { runtime, collect, el: mounted.container };
}

describe('app services', () => {
  it('an exported app: analytics sees the slider move and sends it; includeScript follows settings.allowScripts', async () => {
    const { runtime, collect, el } = await start({ settings: { allowScripts: ['widget.js'] } });
    await fire(el.querySelector<HTMLInputElement>('#n input[type=range]')!, '7');
    await vi.waitFor(() => expect(collect).toHaveBeenCalled(), { timeout: 3000 });
    const events = JSON.parse(collect.mock.calls[0]![1].body as string) as { event: string; properties: { value: unknown } }[];
    expect(events[0]).toMatchObject({ event: 'n.value changed', properties: { value: 7 } });
    expect([...document.querySelectorAll('script[data-dw-include]')].map((s) => s.getAttribute('src'))).toEqual(['_dashwright/data/widget.js']);
    expect(runtime.get('other.error')).toMatch(/not listed in the project's settings\.allowScripts/);
  });

  it('the editor\'s preview (spec.preview): analytics sends nothing and logs what it would send', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { collect, el } = await start({ preview: true });
    await fire(el.querySelector<HTMLInputElement>('#n input[type=range]')!, '7');
    await vi.waitFor(() => expect(info).toHaveBeenCalled(), { timeout: 3000 });
    expect(info.mock.calls[0]![0]).toContain('would send to https://collect.example.com/e');
    expect(collect).not.toHaveBeenCalled();
    info.mockRestore();
  });
});
