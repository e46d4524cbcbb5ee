// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { componentModels } from '../../components/models';
import { ComponentFrame, componentViews, propsWithDefaults, renderComponent } from '../../components/views';
import { GraphView, type PlotlyApi } from '../../components/graph/view';
import { renderMarkdown } from '../../components/markdown/view';
import { fire, flush, mount, type Mounted } from './render';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function frame(type: string, props: Record<string, unknown> = {}, setProp = vi.fn(), mode: 'app' | 'design' = 'app') {
  mounted = await mount(<ComponentFrame id={`c-${type}`} type={type} props={propsWithDefaults(type, props)} setProp={setProp} mode={mode} />);
  const root = mounted.container.querySelector<HTMLElement>(`#c-${type}`)!;
  return { root, setProp };
}

describe('component views', () => {
  it('has a view for every model and no view without a model', () => {
    expect(Object.keys(componentViews).sort()).toEqual(componentModels.map((m) => m.type).sort());
  });

  it('text: the root is #id[data-type] and its text is the text prop', async () => {
    const { root } = await frame('text', { text: 'Hello there' });
    expect(root.getAttribute('data-type')).toBe('text');
    expect(root.textContent).toBe('Hello there');
  });

  it('markdown: renders markdown and escapes raw HTML', async () => {
    const { root } = await frame('markdown', { source: '# Title\n\n*hi* <script>alert(1)</script> <b>x</b> [a](javascript:alert(1))' });
    expect(root.querySelector('h1')!.textContent).toBe('Title');
    expect(root.querySelector('em')!.textContent).toBe('hi');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('<b>x</b>');
    expect(renderMarkdown('[ok](https://example.com)')).toContain('href="https://example.com"');
  });

  it('button: a native button counting clicks', async () => {
    const { root, setProp } = await frame('button', { label: 'Go', clicks: 2 });
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Go');
    await act(async () => button.click());
    expect(setProp).toHaveBeenCalledWith('clicks', 3);
  });

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

  it('design mode renders controls but does not commit', async () => {
    const { root, setProp } = await frame('button', {}, vi.fn(), 'design');
    expect(root.getAttribute('data-mode')).toBe('design');
    await act(async () => root.querySelector('button')!.click());
    expect(setProp).not.toHaveBeenCalled();
  });

  it('renderComponent fills defaults for the editor canvas', async () => {
    mounted = await mount(renderComponent({ id: 's1', type: 'slider', props: { value: 2 }, grid: { x: 0, y: 0, w: 3, h: 2 } }));
    const range = mounted.container.querySelector<HTMLInputElement>('#s1[data-type="slider"] input[type=range]')!;
    expect([range.max, range.value]).toEqual(['10', '2']);
  });

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
    const view = (fig: unknown) => (
      <div id="g" data-type="graph">
        <GraphView id="g" props={{ figure: fig }} setProp={setProp} mode="app" loadPlotlyApi={async () => plotly} />
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
