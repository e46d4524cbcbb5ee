// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { ContainerHostProvider, type ContainerHost } from '../slots';
import { componentFrame, mount } from '../testkit';

const frame = componentFrame();
const tabs = [{ name: 'a', label: 'First' }, { name: 'b', label: 'Second' }];

describe('tabs', () => {
  it('one button[role=tab] per tab, aria-selected on the open one; a click sets value', async () => {
    const { root, setProp } = await frame('tabs', { tabs, value: 'a' });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[role=tab]')];
    expect(buttons.map((b) => `${b.textContent}:${b.getAttribute('aria-selected')}`)).toEqual(['First:true', 'Second:false']);
    await act(async () => buttons[1].click());
    expect(setProp).toHaveBeenCalledWith('value', 'b');
  });

  it('a value naming no tab opens the first; the arrow keys move to the next tab', async () => {
    const { root, setProp } = await frame('tabs', { tabs, value: 'zzz' });
    expect(root.querySelector('[aria-selected="true"]')!.textContent).toBe('First');
    await act(async () => root.querySelector('[role=tablist]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(setProp).toHaveBeenCalledWith('value', 'b');
  });

  it('the panel holds the open tab\'s slot only; on the canvas a click opens the tab through the host', async () => {
    const openTab = vi.fn();
    const host: ContainerHost = { renderSlot: (id, slot) => <span className="slot">{`${id}/${slot}`}</span>, openTab };
    const m = await mount(
      <ContainerHostProvider value={host}>
        <ComponentFrame id="t" type="tabs" props={builtinRegistry.withDefaults('tabs', { tabs, value: 'b' })} mode="design" />
      </ContainerHostProvider>,
    );
    expect([...m.container.querySelectorAll('.slot')].map((s) => s.textContent)).toEqual(['t/b']);
    await act(async () => m.container.querySelector<HTMLButtonElement>('[data-tab="a"]')!.click());
    expect(openTab).toHaveBeenCalledWith('t', 'a');
    m.unmount();
  });

  it('its slots are its tabs\' names', () => {
    expect(builtinRegistry.catalog.get('tabs')!.slots!({ tabs })).toEqual(['a', 'b']);
    expect(builtinRegistry.catalog.get('card')!.slots!({})).toEqual(['body']);
    expect(builtinRegistry.catalog.get('text')!.slots).toBeUndefined();
  });
});
