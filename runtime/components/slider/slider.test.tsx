// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fire, mount, mountComponent, type Mounted } from '../testkit';
import { DesignComponent } from '../frame';

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

describe('slider', () => {
  it('slider: input[type=range] with label and value, commits on input', async () => {
    const { root, setProp } = await frame('slider', { label: 'Bins', min: 0, max: 20, step: 0.5, value: 3 });
    const range = root.querySelector<HTMLInputElement>('input[type=range]')!;
    expect([range.min, range.max, range.step, range.value]).toEqual(['0', '20', '0.5', '3']);
    expect(root.textContent).toContain('Bins');
    expect(root.querySelector('output')!.textContent).toBe('3.0');
    await fire(range, '7.5');
    expect(setProp).toHaveBeenCalledWith('value', 7.5);
  });
  it('slider in "mouseup" mode: moving the thumb sets dragValue and shows it; letting go sets value', async () => {
    const { root, setProp } = await frame('slider', { min: 0, max: 10, value: 2, updatemode: 'mouseup' });
    const range = root.querySelector<HTMLInputElement>('input[type=range]')!;
    await fire(range, '6', 'input');
    expect(setProp).toHaveBeenCalledWith('dragValue', 6);
    expect(setProp).not.toHaveBeenCalledWith('value', 6);
    expect(root.querySelector('output')!.textContent).toBe('6');
    await fire(range, '7', 'change');
    expect(setProp).toHaveBeenLastCalledWith('value', 7);
  });

  it('on the design canvas, fills defaults and renders the control without committing', async () => {
    mounted = await mount(<DesignComponent component={{ id: 's1', type: 'slider', props: { value: 2 }, grid: { x: 0, y: 0, w: 3, h: 2 } }} />);
    const range = mounted.container.querySelector<HTMLInputElement>('#s1[data-type="slider"][data-mode="design"] input[type=range]')!;
    expect([range.max, range.value]).toEqual(['10', '2']);
  });
});
