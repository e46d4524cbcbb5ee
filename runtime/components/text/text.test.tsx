// @vitest-environment happy-dom
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

describe('text', () => {
  it('text: the root is #id[data-type] and its text is the text prop', async () => {
    const { root } = await frame('text', { text: 'Hello there' });
    expect(root.getAttribute('data-type')).toBe('text');
    expect(root.textContent).toBe('Hello there');
  });
});
