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
  const result = await mountComponent('dateRange', props, { setProp, mode });
  mounted = result.mounted;
  const [start, end] = [...result.root.querySelectorAll<HTMLInputElement>('input[type=date]')];
  return { root: result.root, setProp, start: start!, end: end! };
}

describe('dateRange', () => {
  it('two input[type=date]: start then end, bounded by min/max; the end\'s min follows the start', async () => {
    const { root, start, end } = await frame({ label: 'Period', startDate: '2024-03-01', endDate: '2024-03-31', minDate: '2024-01-01', maxDate: '2024-12-31' });
    expect(root.querySelectorAll('input[type=date]')).toHaveLength(2);
    expect([start.value, start.min, start.max]).toEqual(['2024-03-01', '2024-01-01', '2024-12-31']);
    expect([end.value, end.min, end.max]).toEqual(['2024-03-31', '2024-03-01', '2024-12-31']);
    expect([start.getAttribute('aria-label'), end.getAttribute('aria-label')]).toEqual(['Period start', 'Period end']);
    expect(root.textContent).toContain('Period');
  });

  it('picking a start or an end sets that prop; emptying one sets null', async () => {
    const { start, end, setProp } = await frame({ startDate: '2024-03-01', endDate: '2024-03-31' });
    await fire(start, '2024-03-10', 'change');
    expect(setProp).toHaveBeenLastCalledWith('startDate', '2024-03-10');
    await fire(end, '2024-04-02', 'change');
    expect(setProp).toHaveBeenLastCalledWith('endDate', '2024-04-02');
    await fire(end, '', 'change');
    expect(setProp).toHaveBeenLastCalledWith('endDate', null);
  });

  it('a start after the end moves the end to it (end first); an end before the start is refused', async () => {
    const { start, end, setProp } = await frame({ startDate: '2024-03-01', endDate: '2024-03-31' });
    await fire(start, '2024-04-15', 'change');
    expect(setProp.mock.calls).toEqual([['endDate', '2024-04-15'], ['startDate', '2024-04-15']]);
    setProp.mockClear();
    await fire(end, '2024-02-01', 'change');
    expect(setProp).not.toHaveBeenCalled();
    expect(end.getAttribute('aria-invalid')).toBe('true');
  });

  it('follows dates from a callback; clear empties both; design mode', async () => {
    const { root, start, end, setProp } = await frame({ startDate: '2024-01-01', endDate: null });
    await act(async () => mounted!.root.render(
      <ComponentFrame id="c-dateRange" type="dateRange" setProp={setProp} props={builtinRegistry.withDefaults('dateRange', { startDate: '2025-05-01', endDate: '2025-05-09' })} />,
    ));
    expect([start.value, end.value, end.min]).toEqual(['2025-05-01', '2025-05-09', '2025-05-01']);
    root.querySelector<HTMLButtonElement>('button')!.click();
    expect(setProp.mock.calls).toEqual([['startDate', null], ['endDate', null]]);
    mounted!.unmount();
    const design = await frame({}, vi.fn(), 'design');
    expect([design.start.tabIndex, design.end.tabIndex]).toEqual([-1, -1]);
    expect(design.root.querySelector('button')).toBeNull();
  });
});
