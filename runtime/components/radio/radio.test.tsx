// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { mountComponent, type Mounted } from '../testkit';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function frame(props: Record<string, unknown> = {}, setProp = vi.fn(), mode: 'app' | 'design' = 'app') {
  const result = await mountComponent('radio', props, { setProp, mode });
  mounted = result.mounted;
  return { root: result.root, setProp };
}

const radios = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];

describe('radio', () => {
  it('one radio per option inside its label, one shared name, checked from value', async () => {
    const { root } = await frame({ label: 'Size', options: ['S', { label: 'Medium', value: 2 }, 'L'], value: 2 });
    expect(radios(root).map((r) => r.closest('label')!.textContent)).toEqual(['S', 'Medium', 'L']);
    expect(new Set(radios(root).map((r) => r.name)).size).toBe(1);
    expect(radios(root)[0]!.name).not.toBe('');
    expect(radios(root).map((r) => r.checked)).toEqual([false, true, false]);
    expect(root.querySelector('[role=radiogroup]')).not.toBeNull();
    expect(root.textContent).toContain('Size');
  });

  it('clicking a radio sets value to its option value (numbers stay numbers)', async () => {
    const { root, setProp } = await frame({ options: ['S', { label: 'Medium', value: 2 }], value: 'S' });
    await act(async () => radios(root)[1]!.click());
    expect(setProp).toHaveBeenLastCalledWith('value', 2);
    await act(async () => radios(root)[0]!.click());
    expect(setProp).toHaveBeenLastCalledWith('value', 'S');
  });

  it('follows a value set by a callback, null unchecks all; inline, disabled, design mode', async () => {
    const { root } = await frame({ options: ['a', 'b'], value: 'a', inline: true, disabled: true });
    expect(root.querySelector('.dw-choices')!.getAttribute('data-inline')).toBe('true');
    expect(radios(root).every((r) => r.disabled)).toBe(true);
    const rerender = (value: unknown) =>
      act(async () => mounted!.root.render(<ComponentFrame id="c-radio" type="radio" props={builtinRegistry.withDefaults('radio', { options: ['a', 'b'], value })} />));
    await rerender('b');
    expect(radios(root).map((r) => r.checked)).toEqual([false, true]);
    await rerender(null);
    expect(radios(root).map((r) => r.checked)).toEqual([false, false]);
    mounted!.unmount();
    const design = await frame({ options: ['a'] }, vi.fn(), 'design');
    expect(radios(design.root)[0]!.tabIndex).toBe(-1);
  });
});
