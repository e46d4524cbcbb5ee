// @vitest-environment happy-dom
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

describe('dropdown', () => {
  it('dropdown: native select, placeholder when null, numeric values preserved', async () => {
    const { root, setProp } = await frame('dropdown', { options: ['a', { label: 'Two', value: 2 }], value: null, placeholder: 'Pick one' });
    const select = root.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Pick one', 'a', 'Two']);
    expect(select.value).toBe('');
    await fire(select, '2', 'change');
    expect(setProp).toHaveBeenLastCalledWith('value', 2);
    await fire(select, 'a', 'change');
    expect(setProp).toHaveBeenLastCalledWith('value', 'a');
  });
  it('dropdown: shows the current value without a placeholder', async () => {
    const { root } = await frame('dropdown', { options: [{ label: 'One', value: 1 }, { label: 'Two', value: 2 }], value: 2 });
    const select = root.querySelector('select')!;
    expect(select.options).toHaveLength(2);
    expect(select.value).toBe('2');
  });
});
