// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush, mount, type Mounted } from '../testkit';
import { GraphView, type PlotlyApi } from './view';
import type { GraphProps } from './props';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});


describe('graph', () => {
  it('graph: plots with Plotly.react, reports clicks as plain points, re-plots on change', async () => {
    const handlers: Record<string, (e?: { points?: Record<string, unknown>[] }) => void> = {};
    const plotly: PlotlyApi = {
      react: vi.fn((el: HTMLElement) => {
        Object.assign(el, { on: (name: string, fn: (e?: { points?: Record<string, unknown>[] }) => void) => (handlers[name] = fn) });
        return Promise.resolve(el);
      }),
      purge: vi.fn(),
      Plots: { resize: vi.fn() },
    };
    const setProp = vi.fn();
    const figure = { data: [{ type: 'bar', x: [1, 2], y: [3, 4] }], layout: { title: { text: 'T' } } };
    const view = (fig: GraphProps['figure']) => (
      <div id="g" data-type="graph">
        <GraphView id="g" props={{ figure: fig, clickData: null, selectedData: null }} setProp={setProp} mode="app" loadPlotlyApi={async () => plotly} />
      </div>
    );
    mounted = await mount(view(figure));
    await flush();
    expect(plotly.react).toHaveBeenCalledTimes(1);
    const [, data, layout] = vi.mocked(plotly.react).mock.calls[0]!;
    expect(data).toEqual(figure.data);
    expect(data).not.toBe(figure.data); // Plotly mutates its input; the store's figure stays intact
    expect(layout).toMatchObject({ title: { text: 'T' }, autosize: true });
    const circular: Record<string, unknown> = { x: 2, y: 4, curveNumber: 0, pointNumber: 1, customdata: ['k'] };
    circular.fullData = circular;
    handlers.plotly_click!({ points: [circular] });
    expect(setProp).toHaveBeenCalledWith('clickData', { points: [{ x: 2, y: 4, curveNumber: 0, pointNumber: 1, customdata: ['k'] }] });
    handlers.plotly_selected!(undefined);
    expect(setProp).toHaveBeenCalledWith('selectedData', null);
    await act(async () => mounted!.root.render(view({ data: [] })));
    await flush();
    expect(plotly.react).toHaveBeenCalledTimes(2);
    mounted.unmount();
    mounted = null;
    expect(plotly.purge).toHaveBeenCalled();
  });
});
