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
  const result = await mountComponent('datePicker', props, { setProp, mode });
  mounted = result.mounted;
  return { root: result.root, setProp, input: result.root.querySelector<HTMLInputElement>('input[type=date]')! };
}

describe('datePicker', () => {
  it('input[type=date] with the date, min and max; a label', async () => {
    const { root, input } = await frame({ label: 'Day', date: '2024-05-01', minDate: '2024-01-01', maxDate: '2024-12-31' });
    expect([input.value, input.min, input.max]).toEqual(['2024-05-01', '2024-01-01', '2024-12-31']);
    expect(root.querySelector('label')!.textContent).toBe('Day');
  });

  it('picking a day sets date; emptying the field sets null; the clear button too', async () => {
    const { root, input, setProp } = await frame({ date: '2024-05-01' });
    await fire(input, '2024-06-15', 'change');
    expect(setProp).toHaveBeenLastCalledWith('date', '2024-06-15');
    await fire(input, '', 'change');
    expect(setProp).toHaveBeenLastCalledWith('date', null);
    setProp.mockClear();
    root.querySelector<HTMLButtonElement>('button.dw-clear')!.click();
    expect(setProp).toHaveBeenCalledExactlyOnceWith('date', null);
  });

  it('a day outside min/max is not taken and marks the field invalid', async () => {
    const { input, setProp } = await frame({ date: '2024-05-01', minDate: '2024-05-01', maxDate: '2024-05-31' });
    await fire(input, '2024-06-02', 'change');
    expect(setProp).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('the schema refuses anything but "YYYY-MM-DD" or null', () => {
    const schema = builtinRegistry.catalog.get('datePicker')!.propSchema('date')!;
    expect(schema.safeParse('2024-02-29').success).toBe(true);
    expect(schema.safeParse(null).success).toBe(true);
    for (const bad of ['2024-2-29', '01/05/2024', '2024-13-01', 1714521600000, '2024-05-01T00:00:00Z']) expect(schema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('follows a date from a callback; no clear button when empty or not clearable; design mode', async () => {
    const { root, input } = await frame({ date: null });
    expect(input.value).toBe('');
    expect(root.querySelector('button')).toBeNull();
    await act(async () => mounted!.root.render(<ComponentFrame id="c-datePicker" type="datePicker" props={builtinRegistry.withDefaults('datePicker', { date: '2025-01-31', clearable: false })} />));
    expect(input.value).toBe('2025-01-31');
    expect(root.querySelector('button')).toBeNull();
    mounted!.unmount();
    const design = await frame({}, vi.fn(), 'design');
    expect(design.input.tabIndex).toBe(-1);
  });
});
