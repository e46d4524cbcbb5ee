// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { mount, type Mounted } from '../testkit';
import { storageKey } from './view';

let mounted: Mounted | null = null;
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const frame = (props: Record<string, unknown>, setProp: (p: string, v: unknown) => void, mode: 'app' | 'design' = 'app') => (
  <ComponentFrame id="st" type="store" props={builtinRegistry.withDefaults('store', props)} mode={mode} setProp={setProp} />
);

async function show(props: Record<string, unknown>, setProp = vi.fn(), mode: 'app' | 'design' = 'app') {
  if (!mounted) mounted = await mount(frame(props, setProp, mode));
  else await act(async () => mounted!.root.render(frame(props, setProp, mode)));
  return setProp;
}

describe('store', () => {
  it('draws nothing in the app (a hidden root); memory storage writes nothing', async () => {
    const setProp = await show({ data: { a: 1 } });
    const root = mounted!.container.querySelector<HTMLElement>('#st[data-type="store"]')!;
    expect(root.hidden).toBe(true);
    expect(root.textContent).toBe('');
    await show({ data: { a: 2 } }, setProp);
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(setProp).not.toHaveBeenCalled();
  });

  it('local: every change is written under dashwright:store:<id>', async () => {
    const setProp = await show({ data: [1, 'x'], storage: 'local' });
    expect(storageKey('st')).toBe('dashwright:store:st');
    expect(localStorage.getItem('dashwright:store:st')).toBe('[1,"x"]');
    await show({ data: { n: 2, deep: { ok: true } }, storage: 'local' }, setProp);
    expect(JSON.parse(localStorage.getItem('dashwright:store:st')!)).toEqual({ n: 2, deep: { ok: true } });
    expect(setProp).not.toHaveBeenCalled();
  });

  it('session: on mount a stored value that differs replaces the manifest one (setProp), and is not overwritten', async () => {
    sessionStorage.setItem('dashwright:store:st', '{"kept":3}');
    const setProp = await show({ data: null, storage: 'session' });
    expect(setProp).toHaveBeenCalledWith('data', { kept: 3 });
    expect(setProp).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem('dashwright:store:st')).toBe('{"kept":3}');
    await show({ data: { kept: 3 }, storage: 'session' }, setProp);
    await show({ data: { kept: 4 }, storage: 'session' }, setProp);
    expect(sessionStorage.getItem('dashwright:store:st')).toBe('{"kept":4}');
    expect(setProp).toHaveBeenCalledTimes(1);
  });

  it('a stored value equal to the manifest one sets nothing; an unreadable one is overwritten', async () => {
    localStorage.setItem('dashwright:store:st', '{"a":1}');
    const setProp = await show({ data: { a: 1 }, storage: 'local' });
    expect(setProp).not.toHaveBeenCalled();
    mounted!.unmount();
    mounted = null;
    localStorage.setItem('dashwright:store:st', '{not json');
    const again = await show({ data: 5, storage: 'local' });
    expect(again).not.toHaveBeenCalled();
    expect(localStorage.getItem('dashwright:store:st')).toBe('5');
  });

  it('local follows another tab\'s write', async () => {
    const setProp = await show({ data: 1, storage: 'local' });
    await act(async () => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'dashwright:store:st', newValue: '{"from":"tab2"}' }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'dashwright:store:other', newValue: '1' }));
    });
    expect(setProp.mock.calls).toEqual([['data', { from: 'tab2' }]]);
  });

  it('on the design canvas it is a chip and never touches storage', async () => {
    localStorage.setItem('dashwright:store:st', '"stored"');
    const setProp = await show({ data: 'designed', storage: 'local' }, vi.fn(), 'design');
    expect(mounted!.container.querySelector('.dw-chip')!.textContent).toBe('Storest');
    expect(localStorage.getItem('dashwright:store:st')).toBe('"stored"');
    expect(setProp).not.toHaveBeenCalled();
  });
});
