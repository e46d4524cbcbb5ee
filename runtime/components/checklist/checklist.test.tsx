// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountComponent, type Mounted } from '../testkit';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function frame(props: Record<string, unknown> = {}, setProp = vi.fn(), mode: 'app' | 'design' = 'app') {
  const result = await mountComponent('checklist', props, { setProp, mode });
  mounted = result.mounted;
  return { root: result.root, setProp };
}

const boxes = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

describe('checklist', () => {
  it('one checkbox per option inside a label holding its label; checked from value', async () => {
    const { root } = await frame({ label: 'Fruit', options: ['Apple', { label: 'Two', value: 2 }], value: [2] });
    expect(boxes(root)).toHaveLength(2);
    expect(boxes(root).map((b) => b.closest('label')!.textContent)).toEqual(['Apple', 'Two']);
    expect(boxes(root).map((b) => b.checked)).toEqual([false, true]);
    expect(root.textContent).toContain('Fruit');
    expect(root.querySelector('[role=group]')!.getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('clicking a box appends its value (numbers stay numbers), clicking again removes it', async () => {
    const { root, setProp } = await frame({ options: ['a', 'b', { label: 'Three', value: 3 }], value: ['b'] });
    await act(async () => boxes(root)[2]!.click());
    expect(setProp).toHaveBeenLastCalledWith('value', ['b', 3]);
    await act(async () => boxes(root)[1]!.click());
    expect(setProp).toHaveBeenLastCalledWith('value', []);
  });

  it('follows a new value from a callback; inline and disabled', async () => {
    const { root } = await frame({ options: ['a', 'b'], value: ['a'], inline: true, disabled: true });
    expect(root.querySelector('.dw-choices')!.getAttribute('data-inline')).toBe('true');
    expect(boxes(root).every((b) => b.disabled)).toBe(true);
    const { builtinRegistry } = await import('../builtins');
    const { ComponentFrame } = await import('../frame');
    await act(async () => mounted!.root.render(<ComponentFrame id="c-checklist" type="checklist" props={builtinRegistry.withDefaults('checklist', { options: ['a', 'b'], value: ['b'] })} />));
    expect(boxes(root).map((b) => b.checked)).toEqual([false, true]);
  });

  it('design mode: not focusable, commits nothing', async () => {
    const { root, setProp } = await frame({ options: ['a'] }, vi.fn(), 'design');
    expect(boxes(root)[0]!.tabIndex).toBe(-1);
    await act(async () => boxes(root)[0]!.click());
    expect(setProp).not.toHaveBeenCalled();
  });
});
