// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { fire, mountComponent, type Mounted } from '../testkit';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.useRealTimers();
});

async function frame(props: Record<string, unknown> = {}, setProp = vi.fn(), mode: 'app' | 'design' = 'app') {
  const result = await mountComponent('textarea', props, { setProp, mode });
  mounted = result.mounted;
  return { root: result.root, setProp, area: result.root.querySelector('textarea')! };
}

const key = (el: Element, init: KeyboardEventInit) => act(async () => el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init })));

describe('textarea', () => {
  it('a textarea with value, placeholder, rows and label; commits at once without debounce', async () => {
    const { root, area, setProp } = await frame({ label: 'Notes', value: 'a\nb', placeholder: 'Write…', rows: 6 });
    expect([area.value, area.placeholder, area.getAttribute('rows')]).toEqual(['a\nb', 'Write…', '6']);
    expect(root.querySelector('label')!.textContent).toBe('Notes');
    await fire(area, 'a\nb\nc');
    expect(setProp).toHaveBeenLastCalledWith('value', 'a\nb\nc');
  });

  it('debounces typing; Enter does not commit, Ctrl+Enter, Cmd+Enter and blur do', async () => {
    vi.useFakeTimers();
    const { area, setProp } = await frame({ debounceMs: 300 });
    await fire(area, 'one');
    await fire(area, 'one\n');
    await key(area, { key: 'Enter' });
    expect(setProp).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(300));
    expect(setProp).toHaveBeenCalledExactlyOnceWith('value', 'one\n');
    await fire(area, 'two');
    await key(area, { key: 'Enter', ctrlKey: true });
    expect(setProp).toHaveBeenLastCalledWith('value', 'two');
    await fire(area, 'three');
    await key(area, { key: 'Enter', metaKey: true });
    expect(setProp).toHaveBeenLastCalledWith('value', 'three');
    await fire(area, 'four');
    await act(async () => area.dispatchEvent(new Event('blur')));
    expect(setProp).toHaveBeenLastCalledWith('value', 'four');
    expect(setProp).toHaveBeenCalledTimes(4);
  });

  it('follows a value from a callback; disabled; design mode', async () => {
    const { area } = await frame({ value: 'old', disabled: true });
    expect(area.disabled).toBe(true);
    await act(async () => mounted!.root.render(<ComponentFrame id="c-textarea" type="textarea" props={builtinRegistry.withDefaults('textarea', { value: 'new\ntext' })} />));
    expect(area.value).toBe('new\ntext');
    mounted!.unmount();
    const design = await frame({}, vi.fn(), 'design');
    expect(design.area.tabIndex).toBe(-1);
  });
});
