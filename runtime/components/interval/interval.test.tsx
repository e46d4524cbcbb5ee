// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { mount, type Mounted } from '../testkit';

let mounted: Mounted | null = null;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.useRealTimers();
});

/** Mounts an interval whose setProp feeds the new props back, as the page does. */
async function running(props: Record<string, unknown>, mode: 'app' | 'design' = 'app') {
  let current = { ...props };
  const setProp = vi.fn((prop: string, value: unknown) => {
    current = { ...current, [prop]: value };
    void render();
  });
  const element = () => <ComponentFrame id="tick" type="interval" props={builtinRegistry.withDefaults('interval', current)} mode={mode} setProp={setProp} />;
  async function render(): Promise<void> {
    await act(async () => mounted!.root.render(element()));
  }
  mounted = await mount(element());
  const advance = async (ms: number): Promise<void> => {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  };
  const set = async (next: Record<string, unknown>): Promise<void> => {
    current = { ...current, ...next };
    await render();
  };
  return { setProp, advance, set, ticks: () => current.ticks };
}

describe('interval', () => {
  it('draws nothing in the app; counts ticks every intervalMs', async () => {
    const t = await running({ intervalMs: 100 });
    expect(mounted!.container.querySelector<HTMLElement>('#tick[data-type="interval"]')!.hidden).toBe(true);
    await t.advance(99);
    expect(t.setProp).not.toHaveBeenCalled();
    await t.advance(1);
    expect(t.setProp).toHaveBeenLastCalledWith('ticks', 1);
    await t.advance(200);
    expect(t.setProp.mock.calls.map(([, v]) => v)).toEqual([1, 2, 3]);
  });

  it('stops at maxTicks; setting ticks back to 0 starts it again', async () => {
    const t = await running({ intervalMs: 50, maxTicks: 2 });
    await t.advance(500);
    expect(t.ticks()).toBe(2);
    expect(t.setProp).toHaveBeenCalledTimes(2);
    await t.set({ ticks: 0 });
    await t.advance(60);
    expect(t.ticks()).toBe(1);
  });

  it('disabled pauses it, keeping the count; enabling it goes on from there', async () => {
    const t = await running({ intervalMs: 50, ticks: 5, disabled: true });
    await t.advance(500);
    expect(t.setProp).not.toHaveBeenCalled();
    await t.set({ disabled: false });
    await t.advance(100);
    expect(t.setProp.mock.calls.map(([, v]) => v)).toEqual([6, 7]);
  });

  it('a new intervalMs takes effect at once', async () => {
    const t = await running({ intervalMs: 1000 });
    await t.set({ intervalMs: 20 });
    await t.advance(45);
    expect(t.ticks()).toBe(2);
  });

  it('ticks that come before the page re-renders still count up', async () => {
    const calls: unknown[] = [];
    mounted = await mount(<ComponentFrame id="tick" type="interval" props={builtinRegistry.withDefaults('interval', { intervalMs: 10 })} setProp={(_p, v) => calls.push(v)} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30);
    });
    expect(calls).toEqual([1, 2, 3]);
  });

  it('never ticks on the design canvas, where it is a chip', async () => {
    const t = await running({ intervalMs: 10 }, 'design');
    await t.advance(100);
    expect(t.setProp).not.toHaveBeenCalled();
    expect(mounted!.container.querySelector('.dw-chip')!.textContent).toContain('Interval');
  });
});
