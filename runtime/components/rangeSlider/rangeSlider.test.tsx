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
});

async function frame(props: Record<string, unknown> = {}, setProp = vi.fn(), mode: 'app' | 'design' = 'app') {
  const result = await mountComponent('rangeSlider', props, { setProp, mode });
  mounted = result.mounted;
  const [low, high] = [...result.root.querySelectorAll<HTMLInputElement>('input[type=range]')];
  return { root: result.root, setProp, low: low!, high: high! };
}

describe('rangeSlider', () => {
  it('two input[type=range], low first then high, with min/max/step; shows both values', async () => {
    const { root, low, high } = await frame({ label: 'Years', min: 0, max: 20, step: 0.5, value: [3, 12] });
    expect(root.querySelectorAll('input[type=range]')).toHaveLength(2);
    expect([low.min, low.max, low.step, low.value]).toEqual(['0', '20', '0.5', '3']);
    expect([high.min, high.max, high.step, high.value]).toEqual(['0', '20', '0.5', '12']);
    expect(root.textContent).toContain('Years');
    expect(root.querySelector('output')!.textContent).toBe('3.0 – 12.0');
    expect([low.getAttribute('aria-label'), high.getAttribute('aria-label')]).toEqual(['Years low', 'Years high']);
  });

  it('"drag" mode: moving either thumb sets value and dragValue', async () => {
    const { low, high, setProp } = await frame({ min: 0, max: 10, value: [2, 8] });
    await fire(low, '4');
    expect(setProp).toHaveBeenCalledWith('value', [4, 8]);
    expect(setProp).toHaveBeenCalledWith('dragValue', [4, 8]);
    await fire(high, '9', 'change');
    expect(setProp).toHaveBeenLastCalledWith('value', [4, 9]); // the low thumb is still where it was moved
  });

  it('input then change with the same pair sets value once (a new array would set off a second cascade)', async () => {
    const { low, setProp } = await frame({ min: 0, max: 10, value: [2, 8] });
    await fire(low, '3');
    await fire(low, '3', 'change');
    expect(setProp.mock.calls.filter(([prop]) => prop === 'value')).toEqual([['value', [3, 8]]]);
    await fire(low, '2', 'change'); // moved back: a different pair from the last sent, so sent
    expect(setProp.mock.calls.filter(([prop]) => prop === 'value')).toHaveLength(2);
  });

  it('the low thumb never passes the high one, nor the high the low (clamped)', async () => {
    const { low, high, setProp } = await frame({ min: 0, max: 10, value: [2, 6] });
    await fire(low, '9');
    expect(setProp).toHaveBeenLastCalledWith('value', [6, 6]);
    expect(low.value).toBe('6');
    await fire(low, '2', 'change');
    await fire(high, '1');
    expect(setProp).toHaveBeenLastCalledWith('value', [2, 2]);
    expect(high.value).toBe('2');
  });

  it('"mouseup" mode: moving sets dragValue and shows it; letting go sets value', async () => {
    const { root, low, setProp } = await frame({ min: 0, max: 10, value: [2, 8], updatemode: 'mouseup' });
    await fire(low, '5');
    expect(setProp).toHaveBeenCalledWith('dragValue', [5, 8]);
    expect(setProp).not.toHaveBeenCalledWith('value', [5, 8]);
    expect(root.querySelector('output')!.textContent).toBe('5 – 8');
    await fire(low, '6', 'change');
    expect(setProp).toHaveBeenLastCalledWith('value', [6, 8]);
  });

  it('follows a value from a callback (sorted), disabled, design mode', async () => {
    const { root, low, high } = await frame({ value: [1, 2], disabled: true });
    expect(low.disabled && high.disabled).toBe(true);
    await act(async () => mounted!.root.render(<ComponentFrame id="c-rangeSlider" type="rangeSlider" props={builtinRegistry.withDefaults('rangeSlider', { value: [7, 3] })} />));
    expect([low.value, high.value]).toEqual(['3', '7']);
    expect(root.querySelector('output')!.textContent).toBe('3 – 7');
    mounted!.unmount();
    const design = await frame({}, vi.fn(), 'design');
    expect([design.low.tabIndex, design.high.tabIndex]).toEqual([-1, -1]);
  });
});
