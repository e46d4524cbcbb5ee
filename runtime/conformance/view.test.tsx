// @vitest-environment happy-dom
/**
 * The two bullets of the conformance list that live in the view, not in the runtime: an
 * `input`'s debounceMs (the view commits `value` once typing pauses) and the loading marker on a
 * component's root. Driven through the real page (DashwrightApp) on the real runtime, with the
 * scenario's callbacks compiled into the client bundle.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashwrightApp } from '../client/App';
import { clientHarness, type Harness } from './harness';
import { cb, comp, type Scenario } from './scenario';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const typing: Scenario = {
  name: 'typing in inputs',
  description: 'q debounces 150 ms, r commits every keystroke; slow is an async callback for the loading marker.',
  project: {
    components: [comp('q', 'input', { value: '', debounceMs: 150 }), comp('r', 'input', { value: '' }), comp('out', 'text', { text: '' }), comp('outR', 'text', { text: '' })],
    callbacks: [
      cb('echo', { inputs: { q: 'q.value' }, outputs: { text: 'out.text' }, preventInitialCall: true }),
      cb('slow', { inputs: { r: 'r.value' }, outputs: { text: 'outR.text' }, preventInitialCall: true }),
    ],
  },
  callbacks: {
    echo: 'export default ({ q }: { q: string }) => `echo ${q}`;\n',
    slow: 'export default async ({ r }: { r: string }) => {\n  await new Promise((done) => setTimeout(done, 80));\n  return `slow ${r}`;\n};\n',
  },
  steps: [],
};

let mounted: { root: Root; container: HTMLElement; h: Harness } | null = null;

afterEach(async () => {
  vi.useRealTimers();
  if (!mounted) return;
  const { root, container, h } = mounted;
  act(() => root.unmount());
  container.remove();
  await h.close();
  mounted = null;
});

async function open(): Promise<{ h: Harness; el: HTMLElement }> {
  const h = await clientHarness(typing);
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => root.render(<DashwrightApp runtime={h.runtime} />));
  await act(async () => h.runtime.load());
  mounted = { root, container, h };
  return { h, el: container };
}

const pause = (ms: number): Promise<void> => act(async () => new Promise((r) => setTimeout(r, ms)));

async function type(el: HTMLElement, id: string, text: string): Promise<void> {
  const field = el.querySelector<HTMLInputElement>(`#${id} input`)!;
  await act(async () => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const cascadesOn = (h: Harness, key: string): number => h.records.filter((r) => r.trigger.includes(key)).length;

describe('input debounce (view level)', () => {
  it('commits a debounced input once, after typing pauses, with the last text', async () => {
    const { h, el } = await open();
    // Only the view's timers are faked, so keystroke spacing does not depend on the machine's load.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (const text of ['a', 'ab', 'abc']) {
      await type(el, 'q', text);
      await act(async () => vi.advanceTimersByTime(100));
    }
    expect(h.runtime.get('q.value')).toBe('');
    expect(cascadesOn(h, 'q.value')).toBe(0);
    await act(async () => vi.advanceTimersByTime(60));
    vi.useRealTimers();
    await act(async () => h.runtime.idle());
    expect(cascadesOn(h, 'q.value')).toBe(1);
    expect(h.runtime.get('q.value')).toBe('abc');
    expect(h.runtime.get('out.text')).toBe('echo abc');
  });

  it('commits what is pending at once on Enter', async () => {
    const { h, el } = await open();
    await type(el, 'q', 'now');
    await act(async () => {
      el.querySelector('#q input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await act(async () => h.runtime.idle());
    expect(h.runtime.get('out.text')).toBe('echo now');
    await pause(200); // the debounce timer was cleared by Enter: no second commit
    expect(cascadesOn(h, 'q.value')).toBe(1);
  });

  it('without debounceMs, every keystroke is a cascade', async () => {
    const { h, el } = await open();
    for (const text of ['x', 'xy', 'xyz']) await type(el, 'r', text);
    await act(async () => h.runtime.idle());
    expect(cascadesOn(h, 'r.value')).toBe(3);
    expect(h.runtime.get('outR.text')).toBe('slow xyz');
  });
});

describe('loading marker (view level)', () => {
  it('marks the output\'s root data-loading="true" while its callback runs, and clears it', async () => {
    const { h, el } = await open();
    await type(el, 'r', 'go');
    const out = el.querySelector<HTMLElement>('#outR')!;
    expect(out.getAttribute('data-loading')).toBe('true');
    expect(el.querySelector('#out')!.hasAttribute('data-loading')).toBe(false);
    await act(async () => h.runtime.idle());
    expect(out.hasAttribute('data-loading')).toBe(false);
    expect(out.textContent).toBe('slow go');
  });
});
