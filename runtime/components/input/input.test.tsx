// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fire, mountComponent, type Mounted } from '../testkit';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function frame(type: string, props: Record<string, unknown> = {}, setProp = vi.fn(), mode: 'app' | 'design' = 'app') {
  const result = await mountComponent(type, props, { setProp, mode });
  mounted = result.mounted;
  return { root: result.root, setProp };
}

describe('input', () => {
  it('input: debounces typing, commits at once on Enter; number type gives numbers', async () => {
    vi.useFakeTimers();
    try {
      const { root, setProp } = await frame('input', { debounceMs: 300, placeholder: 'Type' });
      const input = root.querySelector('input')!;
      expect(input.placeholder).toBe('Type');
      await fire(input, 'he');
      await fire(input, 'hello');
      expect(setProp).not.toHaveBeenCalled();
      await act(async () => vi.advanceTimersByTime(300));
      expect(setProp).toHaveBeenCalledExactlyOnceWith('value', 'hello');
      await fire(input, 'hello!');
      await act(async () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
      expect(setProp).toHaveBeenLastCalledWith('value', 'hello!');
    } finally {
      vi.useRealTimers();
    }
    mounted?.unmount();
    const { root, setProp } = await frame('input', { inputType: 'number', value: 4 });
    const input = root.querySelector('input')!;
    expect([input.type, input.value]).toEqual(['number', '4']);
    await fire(input, '12');
    expect(setProp).toHaveBeenLastCalledWith('value', 12);
  });
});
