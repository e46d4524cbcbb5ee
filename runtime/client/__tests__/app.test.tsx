// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashwrightApp } from '../App';
import { listenForReload } from '../listenForReload';
import { createAppRuntime } from '../runtime';
import { appSpec, BASE, cb, comp, deferred, fakeServer } from './fakeServer';
import { fire, flush, mount, type Mounted } from '../../components/testkit';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const spec = appSpec(
  [
    { id: 'n', type: 'slider', props: { value: 3, label: 'N' }, grid: { x: 0, y: 0, w: 6, h: 2 } },
    { id: 'out', type: 'text', props: { text: '' }, grid: { x: 6, y: 0, w: 6, h: 2 } },
    comp('late', 'markdown', {}, 4),
  ],
  [cb('double', ['n.value'], ['out.text'])],
  { name: 'Hello', theme: { accent: '#e11d48' } },
);

async function start() {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1280 }); // the widest breakpoint
  const server = fakeServer(spec, { double: ({ value }) => `twice ${String(value)} is ${Number(value) * 2}` });
  const runtime = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger: { error: vi.fn() } });
  mounted = await mount(<DashwrightApp runtime={runtime} />);
  await act(async () => runtime.load());
  return { server, runtime, el: mounted.container };
}

describe('the app page', () => {
  it('renders header, grid placement and the initial cascade', async () => {
    const { el } = await start();
    expect(el.querySelector('h1')!.textContent).toBe('Hello');
    expect(document.title).toBe('Hello');
    expect(document.documentElement.style.getPropertyValue('--dw-accent')).toBe('#e11d48');
    const out = el.querySelector<HTMLElement>('#out[data-type="text"]')!;
    expect(out.textContent).toBe('twice 3 is 6');
    expect(out.style.getPropertyValue('--dw-x')).toBe('7');
    expect(out.style.getPropertyValue('--dw-w')).toBe('6');
    expect([...el.querySelectorAll('.dw-grid > [data-type]')].map((c) => c.id)).toEqual(['n', 'out', 'late']);
  });

  it('sets data-loading on a component while its prop is computed, and clears it', async () => {
    const { server, el } = await start();
    const gate = deferred();
    server.holdWhen(() => gate.promise);
    const out = el.querySelector<HTMLElement>('#out')!;
    await fire(el.querySelector<HTMLInputElement>('#n input[type=range]')!, '8');
    expect(out.getAttribute('data-loading')).toBe('true');
    expect(el.querySelector('#n')!.hasAttribute('data-loading')).toBe(false);
    await act(async () => gate.resolve());
    await flush();
    expect(out.hasAttribute('data-loading')).toBe(false);
    expect(out.textContent).toBe('twice 8 is 16');
  });

  it('shows callback errors as a toast', async () => {
    const { runtime, el } = await start();
    await act(async () => runtime.applySpec({ ...spec, callbacks: [cb('double', ['n.value'], ['out.text'], { placement: 'client' })] }));
    const toast = el.querySelector('.dw-toast[data-callback="double"]')!;
    expect(toast.textContent).toMatch(/no clientCallbacksUrl/);
    await act(async () => toast.querySelector<HTMLButtonElement>('.dw-toast-close')!.click());
    expect(el.querySelector('.dw-toast')).toBeNull();
  });

  it('reloads on postMessage and keeps what the user set', async () => {
    const { server, runtime, el } = await start();
    await fire(el.querySelector<HTMLInputElement>('#n input[type=range]')!, '9');
    await act(async () => runtime.idle());
    server.setSpec({ ...spec, name: 'Hello again', revision: 'r2' });
    const stop = listenForReload(window, runtime);
    await act(async () => {
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'dashwright:reload' } }));
      await new Promise((r) => setTimeout(r, 10));
      await runtime.idle();
    });
    stop();
    expect(el.querySelector('h1')!.textContent).toBe('Hello again');
    expect(el.querySelector<HTMLInputElement>('#n input[type=range]')!.value).toBe('9');
    expect(el.querySelector('#out')!.textContent).toBe('twice 9 is 18');
  });
});
