// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashwrightApp } from '../App';
import { createAppRuntime } from '../runtime';
import { createBrowserNavigation } from '../navigation';
import { seedLocation } from '../pages';
import { appSpec, BASE, cb, comp, fakeServer } from './fakeServer';
import { mount, type Mounted } from '../../components/testkit';
import type { ComponentInstance } from '../../schema/project';

let mounted: Mounted | null = null;
let navigation: ReturnType<typeof createBrowserNavigation> | null = null;
const root = () => new URL('/app/', window.location.href).href;

beforeEach(() => window.history.replaceState(null, '', '/app/'));
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  navigation?.dispose();
  navigation = null;
});

const on = (c: ComponentInstance, page: string): ComponentInstance => ({ ...c, page });
const spec = appSpec(
  [
    comp('loc', 'location'),
    comp('nav', 'link', { label: 'To the second page', href: '/second-page' }),
    comp('md', 'markdown', { source: '[home](/) and [out](https://example.com)' }, 2),
    on(comp('home', 'text', { text: 'home only' }, 4), '/'),
    on(comp('far', 'text', { text: 'second only' }, 4), '/second-page'),
    comp('where', 'text', { text: '' }, 6),
  ],
  [cb('show', ['loc.pathname'], ['where.text'])],
  { pages: [{ path: '/', name: 'Home' }, { path: '/second-page', name: 'Second' }] },
);

async function start(at = '/app/') {
  window.history.replaceState(null, '', at);
  navigation = createBrowserNavigation(window, root());
  const nav = navigation;
  const server = fakeServer(spec, { show: ({ pathname }) => `at ${String(pathname)}` });
  const runtime = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger: { error: vi.fn() }, seedProps: (s, c) => seedLocation(nav, s, c) });
  mounted = await mount(<DashwrightApp runtime={runtime} navigation={nav} />);
  await act(async () => runtime.load());
  await act(async () => runtime.idle());
  return { el: mounted.container, runtime, server };
}

const ids = (el: HTMLElement) => [...el.querySelectorAll('main > [data-type]')].map((c) => c.id);

describe('pages in the app (DESIGN §4b)', () => {
  it('navigation: paths within the app base, pushState, back and forward tell subscribers', () => {
    navigation = createBrowserNavigation(window, root());
    const seen: string[] = [];
    navigation.subscribe(() => seen.push(navigation!.get().pathname));
    expect(navigation.get()).toEqual({ pathname: '/', search: '', hash: '' });
    navigation.navigate('/second-page?x=1#top');
    expect(window.location.pathname).toBe('/app/second-page');
    expect(navigation.get()).toEqual({ pathname: '/second-page', search: '?x=1', hash: '#top' });
    expect(navigation.hrefOf('/')).toBe(root());
    expect(navigation.hrefOf('reports/q1')).toBe(`${root()}reports/q1`);
    window.history.replaceState(null, '', '/app/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/second-page', '/']);
  });

  it('shows the current page\'s components and those on every page; a link opens the other page without a reload, back returns', async () => {
    const { el, runtime, server } = await start();
    expect(ids(el)).toEqual(['loc', 'nav', 'md', 'home', 'where']);
    expect(el.querySelector('#where')!.textContent).toBe('at /');
    const link = el.querySelector<HTMLAnchorElement>('#nav a')!;
    expect(link.href).toBe(`${root()}second-page`);
    await act(async () => link.click());
    await act(async () => runtime.idle());
    expect(window.location.pathname).toBe('/app/second-page');
    expect(ids(el)).toEqual(['loc', 'nav', 'md', 'far', 'where']);
    expect(runtime.get('loc.pathname')).toBe('/second-page');
    expect(el.querySelector('#where')!.textContent).toBe('at /second-page');
    expect(server.requests.at(-1)?.changed).toEqual(['loc.pathname']);
    // A markdown link to a page opens in place too; one to another site keeps its new tab.
    expect(el.querySelector('#md a[href="https://example.com"]')!.getAttribute('target')).toBe('_blank');
    window.history.replaceState(null, '', '/app/');
    await act(async () => window.dispatchEvent(new PopStateEvent('popstate')));
    await act(async () => runtime.idle());
    expect(ids(el)).toContain('home');
    expect(el.querySelector('#where')!.textContent).toBe('at /');
  });

  it('a deep link starts on its page: the first cascade already sees the location', async () => {
    const { el, server } = await start('/app/second-page?q=1');
    expect(ids(el)).toContain('far');
    expect(server.requests[0]?.values['loc.pathname']).toBe('/second-page');
    expect(el.querySelector('#where')!.textContent).toBe('at /second-page');
    expect(server.requests).toHaveLength(1);
  });

  it('a callback that sets the location navigates; a path that is no page says so', async () => {
    await start();
    const go = { ...spec, components: [...spec.components, comp('btn', 'button', {}, 8)], callbacks: [...spec.callbacks, cb('go', ['btn.clicks'], ['loc.pathname'], { preventInitialCall: true })] };
    const server = fakeServer(go, { show: ({ pathname }) => `at ${String(pathname)}`, go: () => '/second-page' });
    const routed = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger: { error: vi.fn() }, seedProps: (s, c) => seedLocation(navigation!, s, c) });
    mounted!.unmount();
    mounted = await mount(<DashwrightApp runtime={routed} navigation={navigation!} />);
    await act(async () => routed.load());
    await act(async () => routed.setProp('btn.clicks', 1));
    await act(async () => routed.idle());
    expect(window.location.pathname).toBe('/app/second-page');
    expect(ids(mounted.container)).toContain('far');
    expect(mounted.container.querySelector('#where')!.textContent).toBe('at /second-page');
    await act(async () => navigation!.navigate('/nowhere'));
    await act(async () => routed.idle());
    expect(mounted.container.querySelector('.dw-page-missing')!.textContent).toContain('No page at /nowhere');
    expect(ids(mounted.container)).not.toContain('far');
  });

  it("a container with its own cols draws its slot grid with them (scaled on a narrow page); without, the page's", async () => {
    const g = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });
    const withCols = appSpec(
      [
        { id: 'card', type: 'card', props: {}, grid: g(0, 0, 12, 4), cols: 4 },
        { id: 'a', type: 'text', props: { text: 'a' }, grid: g(0, 0, 2, 2), parent: { id: 'card', slot: 'body' } },
        { id: 'plain', type: 'card', props: {}, grid: g(0, 4, 12, 4) },
        { id: 'b', type: 'text', props: { text: 'b' }, grid: g(0, 0, 2, 2), parent: { id: 'plain', slot: 'body' } },
      ],
      [],
    );
    const server = fakeServer(withCols, {});
    const runtime = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger: { error: vi.fn() } });
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1280 });
    mounted = await mount(<DashwrightApp runtime={runtime} />);
    await act(async () => runtime.load());
    const slot = (id: string) => mounted!.container.querySelector<HTMLElement>(`#${id} .dw-slot-grid`)!;
    expect(slot('card').style.getPropertyValue('--dw-cols')).toBe('4');
    expect(slot('plain').style.getPropertyValue('--dw-cols')).toBe('');
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 800 });
    await act(async () => window.dispatchEvent(new Event('resize')));
    expect(slot('card').style.getPropertyValue('--dw-cols')).toBe('2');
  });
});
