import { useEffect, useMemo, useState, type CSSProperties, type ReactElement } from 'react';
import type { ComponentInstance } from '../schema/project';
import type { AppSpec } from '../schema/spec';
import { compactionOf, resolveLayout } from '../schema/layoutResolve';
import { AppServicesProvider, createPropWatcher, type AppServices } from '../components/appContext';
import { ComponentFrame, ComponentRegistryProvider } from '../components/frame';
import { useComponentLoading, useComponentProps, useRuntimeSelector, useSetProp } from './hooks';
import { ProgressOverlays } from './Progress';
import type { AppRuntime } from './runtime';
import { ErrorReport } from './ErrorOverlay';

type CssVars = CSSProperties & Record<`--${string}`, string | number>;

/** Grid placement through CSS variables, so the narrow-screen stylesheet can override it. */
function cellStyle(c: ComponentInstance): CssVars {
  return { '--dw-x': c.grid.x + 1, '--dw-y': c.grid.y + 1, '--dw-w': c.grid.w, '--dw-h': c.grid.h };
}

/** Reading order: top to bottom, then left to right (the stacking order on narrow screens). */
export function readingOrder(components: readonly ComponentInstance[]): ComponentInstance[] {
  return [...components].sort((a, b) => a.grid.y - b.grid.y || a.grid.x - b.grid.x);
}

function RuntimeComponent({ runtime, component }: { runtime: AppRuntime; component: ComponentInstance }): ReactElement {
  const props = useComponentProps(runtime, component.id);
  const loading = useComponentLoading(runtime, component.id);
  const setProp = useSetProp(runtime, component.id);
  return (
    <ComponentFrame
      id={component.id}
      type={component.type}
      props={props}
      setProp={setProp}
      mode="app"
      loading={loading}
      className="dw-cell"
      style={cellStyle(component)}
    />
  );
}

/** Theme from the manifest as CSS variables on the document, so the page background follows. */
function useTheme(theme: AppSpec['theme']): void {
  useEffect(() => {
    const root = document.documentElement.style;
    const vars: Array<[string, string | undefined]> = [
      ['--dw-accent', theme?.accent],
      ['--dw-bg', theme?.background],
      ['--dw-font', theme?.font],
    ];
    for (const [name, value] of vars) {
      if (value) root.setProperty(name, value);
      else root.removeProperty(name);
    }
  }, [theme?.accent, theme?.background, theme?.font]);
  const dark = usePrefersDark(theme?.mode === 'auto');
  useEffect(() => {
    const root = document.documentElement;
    if (theme?.mode === 'dark' || (theme?.mode === 'auto' && dark)) root.dataset.dwTheme = 'dark';
    else delete root.dataset.dwTheme;
  }, [theme?.mode, dark]);
}

/** Whether the viewer's system asks for dark colours (followed only when `watch`). */
function usePrefersDark(watch: boolean): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    if (!watch || typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    setDark(query.matches);
    const onChange = (): void => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [watch]);
  return dark;
}

/**
 * Where the editor's canvas shows each component. The editor saves resolved positions, so this
 * is the saved grid; a hand-edited manifest (overlaps, gaps under vertical compaction) is laid
 * out as the canvas would show it instead of drawing one component over another.
 */
export function placedComponents(spec: Pick<AppSpec, 'components' | 'layout' | 'settings'>): ComponentInstance[] {
  const items = spec.components.map((c) => ({ id: c.id, ...c.grid }));
  const placed = resolveLayout(items, { cols: spec.layout.cols, compaction: compactionOf(spec.settings) });
  return spec.components.map((c, i) => (placed[i] === items[i] ? c : { ...c, grid: { x: placed[i].x, y: placed[i].y, w: placed[i].w, h: placed[i].h } }));
}

export function AppLayout({ runtime, spec }: { runtime: AppRuntime; spec: AppSpec }): ReactElement {
  const gridStyle: CssVars = { '--dw-cols': spec.layout.cols, '--dw-row': `${spec.layout.rowHeight}px` };
  const { components, layout, settings } = spec;
  const placed = useMemo(() => placedComponents({ components, layout, settings }), [components, layout, settings]);
  return (
    <main className="dw-grid" style={gridStyle}>
      {readingOrder(placed).map((c) => (
        <RuntimeComponent key={c.id} runtime={runtime} component={c} />
      ))}
    </main>
  );
}

/** What components may know of the app beyond their own props (components/appContext.tsx). */
function useAppServices(runtime: AppRuntime, spec: AppSpec | null): AppServices {
  const props = useMemo(() => createPropWatcher(runtime), [runtime]);
  const settings = spec?.settings;
  const preview = spec?.preview === true;
  return useMemo(() => ({ settings: settings ?? {}, preview, props }), [settings, preview, props]);
}

/** The whole page of an app: header, grid, error toasts. */
export function DashwrightApp({ runtime }: { runtime: AppRuntime }): ReactElement {
  const spec = useRuntimeSelector(runtime, (s) => s.spec);
  const services = useAppServices(runtime, spec);
  const status = useRuntimeSelector(runtime, (s) => s.status);
  const loadError = useRuntimeSelector(runtime, (s) => s.loadError);
  useTheme(spec?.theme);
  useEffect(() => {
    if (spec?.name) document.title = spec.name;
  }, [spec?.name]);

  return (
    <ComponentRegistryProvider value={runtime.registry}>
    <AppServicesProvider value={services}>
    <div className="dw-app">
      {spec ? (
        <>
          <header className="dw-header">
            <h1 className="dw-title">{spec.name}</h1>
          </header>
          <AppLayout runtime={runtime} spec={spec} />
          <ProgressOverlays runtime={runtime} />
        </>
      ) : (
        <div className="dw-page-status" role={status === 'failed' ? 'alert' : 'status'}>
          {status === 'failed' ? (
            <>
              <strong>This app could not be loaded.</strong>
              <span>{loadError}</span>
            </>
          ) : (
            <span>Loading…</span>
          )}
        </div>
      )}
      <ErrorReport runtime={runtime} />
    </div>
    </AppServicesProvider>
    </ComponentRegistryProvider>
  );
}
