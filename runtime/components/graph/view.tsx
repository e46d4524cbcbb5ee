import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { GraphProps } from './props';

/** The part of Plotly this view uses. */
export interface PlotlyApi {
  react(el: HTMLElement, data: unknown[], layout: Record<string, unknown>, config: Record<string, unknown>): Promise<unknown> | unknown;
  purge(el: HTMLElement): void;
  Plots: { resize(el: HTMLElement): Promise<unknown> | unknown };
}

interface PlotElement extends HTMLElement {
  on?(event: string, handler: (event?: { points?: readonly Record<string, unknown>[] }) => void): void;
  removeAllListeners?(event: string): void;
}

interface Figure {
  data: unknown[];
  layout: Record<string, unknown>;
  config: Record<string, unknown>;
}

/** Loaded on first use, so pages without graphs never fetch Plotly (a separate chunk). */
export async function loadPlotly(): Promise<PlotlyApi> {
  const mod: unknown = await import('plotly.js-dist-min');
  const api = (mod as { default?: unknown }).default ?? mod;
  return api as PlotlyApi;
}

const POINT_FIELDS = ['x', 'y', 'z', 'curveNumber', 'pointNumber', 'pointIndex', 'customdata', 'text', 'hovertext', 'label', 'value', 'lat', 'lon', 'location'];

function jsonSafe(value: unknown): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return undefined;
  }
}

/** A Plotly event point reduced to plain JSON fields (Plotly's own points hold circular refs). */
export function plainPoint(point: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of POINT_FIELDS) {
    const value = jsonSafe(point[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function readFigure(raw: unknown): Figure {
  const f = record(raw);
  // Plotly mutates what it is given; the store's figure must stay untouched.
  const copy = record(jsonSafe(f));
  return { data: Array.isArray(copy.data) ? copy.data : [], layout: record(copy.layout), config: record(copy.config) };
}

const BASE_LAYOUT: Record<string, unknown> = {
  autosize: true,
  margin: { l: 48, r: 16, t: 32, b: 40 },
  paper_bgcolor: 'rgba(0,0,0,0)',
  plot_bgcolor: 'rgba(0,0,0,0)',
  font: { family: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', size: 12, color: '#3d4451' },
  colorway: ['#2563eb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#06b6d4', '#ec4899', '#84cc16', '#64748b'],
  hoverlabel: { font: { family: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' } },
};

/** A Plotly chart that fills its card, re-plots with Plotly.react and reports clicks and selections. */
export function GraphView({ props, setProp, mode, loadPlotlyApi = loadPlotly }: ViewProps<GraphProps> & { loadPlotlyApi?: () => Promise<PlotlyApi> }): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const [plotly, setPlotly] = useState<PlotlyApi | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const commit = useRef(setProp);
  const wired = useRef(false);
  const figure = props.figure;
  // On the design canvas an empty figure is a placeholder, not bare axes: its data comes from a callback at run time.
  const placeholder = mode === 'design' && readFigure(figure).data.length === 0;

  useEffect(() => {
    commit.current = setProp;
  }, [setProp]);

  useEffect(() => {
    let live = true;
    loadPlotlyApi().then(
      (api) => live && setPlotly(() => api),
      (err: unknown) => live && setFailure(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [loadPlotlyApi]);

  useEffect(() => {
    const el = ref.current as PlotElement | null;
    if (!plotly || !el || placeholder) return;
    const { data, layout, config } = readFigure(figure);
    // Axis and label colours follow the page's theme (light or dark) unless the figure sets its own.
    const css = getComputedStyle(el);
    const ink = css.getPropertyValue('--dw-text').trim() || '#3d4451';
    const rule = css.getPropertyValue('--dw-border').trim() || '#e4e7ec';
    const axis = { gridcolor: rule, zerolinecolor: rule, linecolor: rule };
    const template = { layout: { xaxis: axis, yaxis: axis } };
    const fullLayout = { ...BASE_LAYOUT, font: { ...(BASE_LAYOUT.font as object), color: ink }, template, ...layout };
    const fullConfig = { displaylogo: false, responsive: false, ...config, ...(mode === 'design' ? { staticPlot: true } : {}) };
    void Promise.resolve(plotly.react(el, data, fullLayout, fullConfig)).then(() => {
      if (wired.current || !el.on) return;
      wired.current = true;
      el.on('plotly_click', (e) => commit.current('clickData', { points: (e?.points ?? []).map(plainPoint) }));
      el.on('plotly_selected', (e) => commit.current('selectedData', e?.points ? { points: e.points.map(plainPoint) } : null));
      el.on('plotly_deselect', () => commit.current('selectedData', null));
    }, (err: unknown) => setFailure(err instanceof Error ? err.message : String(err)));
  }, [plotly, figure, mode, placeholder]);

  useEffect(() => {
    const el = ref.current;
    if (!plotly || !el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (el.isConnected && wired.current) void Promise.resolve(plotly.Plots.resize(el)).catch(() => {});
      });
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [plotly]);

  useEffect(() => {
    const el = ref.current;
    return () => {
      if (el && plotly) plotly.purge(el);
      wired.current = false;
    };
  }, [plotly]);

  return (
    <div className="dw-graph">
      <div ref={ref} className="dw-plot" hidden={placeholder} />
      {placeholder ? (
        <div className="dw-graph-status dw-graph-placeholder">
          <span aria-hidden className="dw-graph-placeholder-mark">◔</span>
          <span>Chart: its figure is drawn when the app runs</span>
        </div>
      ) : null}
      {!plotly && !failure && !placeholder ? <div className="dw-graph-status">Loading chart…</div> : null}
      {failure ? <div className="dw-graph-status dw-graph-error">Chart failed: {failure}</div> : null}
    </div>
  );
}
