// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountComponent, type Mounted } from '../testkit';

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

describe('button', () => {
  it('button: a native button counting clicks', async () => {
    const { root, setProp } = await frame('button', { label: 'Go', clicks: 2 });
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Go');
    await act(async () => button.click());
    expect(setProp).toHaveBeenCalledWith('clicks', 3);
  });
  it('design mode renders controls but does not commit', async () => {
    const { root, setProp } = await frame('button', {}, vi.fn(), 'design');
    expect(root.getAttribute('data-mode')).toBe('design');
    await act(async () => root.querySelector('button')!.click());
    expect(setProp).not.toHaveBeenCalled();
  });
});
