// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashwrightApp } from '../App';
import { createAppRuntime } from '../runtime';
import { appSpec, BASE, fakeServer } from './fakeServer';
import { mount, type Mounted } from '../../components/testkit';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const g = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });
const spec = appSpec(
  [
    { id: 'tabs', type: 'tabs', props: { tabs: [{ name: 'one', label: 'One' }, { name: 'two', label: 'Two' }], value: 'one' }, grid: g(0, 0, 6, 6) },
    { id: 'first', type: 'text', props: { text: 'in one' }, grid: g(0, 0, 12, 2), parent: { id: 'tabs', slot: 'one' } },
    { id: 's', type: 'slider', props: { value: 2 }, grid: g(0, 0, 6, 2), parent: { id: 'tabs', slot: 'two' } },
    { id: 'card', type: 'card', props: { title: 'Chart' }, grid: g(6, 0, 6, 6), layouts: { xs: g(0, 0, 4, 6) } },
    { id: 'inside', type: 'text', props: { text: 'in card' }, grid: g(0, 0, 12, 3), parent: { id: 'card', slot: 'body' }, hidden: ['xs'] },
    { id: 'after', type: 'text', props: { text: 'after' }, grid: g(0, 3, 12, 2), parent: { id: 'card', slot: 'body' } },
  ],
  [],
);

async function start(width: number) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
  const server = fakeServer(spec, {});
  const runtime = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger: { error: vi.fn() } });
  mounted = await mount(<DashwrightApp runtime={runtime} />);
  await act(async () => runtime.load());
  return mounted.container;
}

const cell = (el: HTMLElement, id: string) => {
  const s = el.querySelector<HTMLElement>(`#${id}`)!.style;
  return ['--dw-x', '--dw-y', '--dw-w', '--dw-h'].map((v) => Number(s.getPropertyValue(v)));
};

describe('containers and breakpoints in the app', () => {
  it('children sit in their container\'s own grid; only the open tab\'s children render', async () => {
    const el = await start(1280);
    expect(el.querySelector('main')!.dataset.breakpoint).toBe('lg');
    expect([...el.querySelectorAll('main > [data-type]')].map((c) => c.id)).toEqual(['tabs', 'card']);
    expect(el.querySelector('#tabs .dw-slot-grid > #first')).not.toBeNull();
    expect(el.querySelector('#s')).toBeNull();
    expect(el.querySelector('#card .dw-slot-grid > #inside')).not.toBeNull();
    await act(async () => el.querySelector<HTMLButtonElement>('#tabs [data-tab="two"]')!.click());
    expect(el.querySelector('#first')).toBeNull();
    expect(el.querySelector('#tabs #s input[type=range]')).not.toBeNull();
  });

  it('a narrow page uses the breakpoint\'s layouts (own or derived) and leaves out what is hidden there', async () => {
    const el = await start(390);
    expect(el.querySelector('main')!.dataset.breakpoint).toBe('xs');
    expect(el.querySelector<HTMLElement>('main')!.style.getPropertyValue('--dw-cols')).toBe('4');
    // tabs: derived from lg (clamped to 4 columns); card: its own xs layout, below tabs after compaction
    expect(cell(el, 'tabs')).toEqual([1, 1, 4, 6]);
    expect(cell(el, 'card')).toEqual([1, 7, 4, 6]);
    expect(el.querySelector('#inside')).toBeNull();
    expect(cell(el, 'after')).toEqual([1, 1, 4, 2]);
  });
});
