import { useEffect, useMemo, useState, type CSSProperties, type ReactElement } from 'react';
import type { Breakpoint, ComponentInstance, Grid } from '../schema/project';
import type { AppSpec } from '../contracts/spec';
import { compactionOf } from '../schema/layoutResolve';
import { breakpointAt, colsAt, layoutAt, slotColsAt } from '../schema/breakpoints';
import { slotKey } from '../schema/containers';
import { ContainerHostProvider, type ContainerHost } from '../components/slots';
import { AppServicesProvider, createPropWatcher, type AppServices } from '../components/appContext';
import { ComponentFrame, ComponentRegistryProvider } from '../components/frame';
import { useComponentLoading, useComponentProps, useRuntimeSelector, useSetProp } from './hooks';
import { ProgressOverlays } from './Progress';
import type { AppRuntime } from './runtime';
import { ErrorReport } from './ErrorOverlay';
import { useEditorTheme } from './editorTheme';
import { NavigationProvider, staticNavigation, type Navigation } from '../components/navigation';
import { componentsOnPage } from '../schema/pages';
import { currentPage, PageNotFound, useAppLocation } from './pages';

type CssVars = CSSProperties & Record<`--${string}`, string | number>;

/** Grid placement through CSS variables (the cells of the breakpoint the page is on). */
function cellStyle(grid: Grid): CssVars {
  return { '--dw-x': grid.x + 1, '--dw-y': grid.y + 1, '--dw-w': grid.w, '--dw-h': grid.h };
}

/** Reading order: top to bottom, then left to right (the order of the page's DOM). */
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
      style={cellStyle(component.grid)}
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
  const editorTheme = useEditorTheme();
  useEffect(() => {
    const root = document.documentElement;
    // No mode of its own: in the editor's preview it follows the editor; standalone it is light.
    if (theme?.mode === 'dark' || (theme?.mode === 'auto' && dark) || (theme?.mode === undefined && editorTheme === 'dark')) root.dataset.dwTheme = 'dark';
    else delete root.dataset.dwTheme;
  }, [theme?.mode, dark, editorTheme]);
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
 * Where the editor's canvas shows each component on breakpoint `bp` (the widest by default),
 * each in the grid of its slot; components hidden there are left out. The editor saves resolved
 * positions, so on the widest this is the saved grid; a hand-edited manifest (overlaps, gaps
 * under vertical compaction) is laid out as the canvas would show it.
 */
export function placedComponents(spec: Pick<AppSpec, 'components' | 'layout' | 'settings'>, bp: Breakpoint = 'lg', page?: string): ComponentInstance[] {
  const cells = layoutAt(spec.components, bp, { layout: spec.layout, compaction: compactionOf(spec.settings), page });
  return spec.components.flatMap((c) => {
    const g = cells.get(c.id);
    if (!g) return [];
    return [sameCells(g, c.grid) ? c : { ...c, grid: g }];
  });
}

const sameCells = (a: Grid, b: Grid): boolean => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/** The page's width (the breakpoint follows it as the viewer resizes the window). */
function usePageWidth(): number {
  const [width, setWidth] = useState(() => (typeof window === 'undefined' ? 1280 : window.innerWidth));
  useEffect(() => {
    const onResize = (): void => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

function SlotGrid({ runtime, items, className, cols }: { runtime: AppRuntime; items: readonly ComponentInstance[]; className: string; cols?: number }): ReactElement {
  return (
    <div className={className} style={cols === undefined ? undefined : ({ '--dw-cols': cols } as CssVars)}>
      {items.map((c) => (
        <RuntimeComponent key={c.id} runtime={runtime} component={c} />
      ))}
    </div>
  );
}

/**
 * The page's grid on the breakpoint its width falls in; each container draws its slots'
 * children in a grid of its own (a tabs container only its open tab's).
 */
export function AppLayout({ runtime, spec, width, page }: { runtime: AppRuntime; spec: AppSpec; width?: number; page?: string }): ReactElement {
  const pageWidth = usePageWidth();
  const { layout, settings } = spec;
  // Repeat containers' copies (copies.ts) are laid out like the manifest's components.
  const copies = useRuntimeSelector(runtime, (s) => s.copies);
  const components = useMemo(() => (copies.length === 0 ? spec.components : [...spec.components, ...copies]), [spec.components, copies]);
  const bp = breakpointAt(layout, width ?? pageWidth);
  const cols = colsAt(layout, bp);
  const gridStyle: CssVars = { '--dw-cols': cols, '--dw-row': `${layout.rowHeight}px` };
  const bySlot = useMemo(() => {
    const groups = new Map<string, ComponentInstance[]>();
    for (const c of readingOrder(placedComponents({ components: componentsOnPage(components, page), layout, settings }, bp, page))) {
      const key = slotKey(c.parent);
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    return groups;
  }, [components, layout, settings, bp, page]);
  const host = useMemo<ContainerHost>(
    () => ({
      renderSlot: (id, slot) => {
        const own = components.find((c) => c.id === id)?.cols;
        return <SlotGrid runtime={runtime} items={bySlot.get(slotKey({ id, slot })) ?? []} className="dw-grid dw-slot-grid" cols={own === undefined ? undefined : slotColsAt(layout, bp, { cols: own })} />;
      },
    }),
    [runtime, bySlot, components, layout, bp],
  );
  return (
    <ContainerHostProvider value={host}>
      <main className="dw-grid" style={gridStyle} data-breakpoint={bp}>
        {(bySlot.get('') ?? []).map((c) => (
          <RuntimeComponent key={c.id} runtime={runtime} component={c} />
        ))}
      </main>
    </ContainerHostProvider>
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
export function DashwrightApp({ runtime, navigation = staticNavigation }: { runtime: AppRuntime; navigation?: Navigation }): ReactElement {
  const spec = useRuntimeSelector(runtime, (s) => s.spec);
  const location = useAppLocation(navigation);
  const shown = spec ? currentPage(spec, location.pathname) : { page: undefined };
  const services = useAppServices(runtime, spec);
  const status = useRuntimeSelector(runtime, (s) => s.status);
  const loadError = useRuntimeSelector(runtime, (s) => s.loadError);
  useTheme(spec?.theme);
  const pageName = shown.page?.name;
  useEffect(() => {
    const title = spec?.settings?.title ?? spec?.name;
    if (title) document.title = pageName && (spec?.pages?.length ?? 0) > 1 ? `${pageName} · ${title}` : title;
  }, [spec?.name, spec?.settings?.title, spec?.pages?.length, pageName]);

  return (
    <ComponentRegistryProvider value={runtime.registry}>
    <AppServicesProvider value={services}>
    <NavigationProvider value={navigation}>
    <div className="dw-app">
      {spec ? (
        <>
          {spec.settings?.showTitle !== false && (
            <header className="dw-header">
              <h1 className="dw-title">{spec.settings?.title ?? spec.name}</h1>
            </header>
          )}
          {shown.missing !== undefined && <PageNotFound path={shown.missing} pages={spec.pages ?? []} navigation={navigation} />}
          <AppLayout runtime={runtime} spec={spec} page={shown.page?.path ?? (shown.missing === undefined ? undefined : shown.missing)} />
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
    </NavigationProvider>
    </AppServicesProvider>
    </ComponentRegistryProvider>
  );
}
