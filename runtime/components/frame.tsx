import { Component, createContext, memo, useContext, useMemo, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import type { ComponentInstance } from '../schema/project';
import { builtinRegistry } from './builtins';
import type { ComponentDefinition, ViewMode, ViewProps } from './define';
import type { ComponentRegistry } from './registry';

const RegistryContext = createContext<ComponentRegistry>(builtinRegistry);

/** The component types the components below render with (the built-ins when not provided). */
export const ComponentRegistryProvider = RegistryContext.Provider;

export function useComponentRegistry(): ComponentRegistry {
  return useContext(RegistryContext);
}

function UnknownView({ id }: ViewProps<Record<string, unknown>>): ReactElement {
  return <div className="dw-unknown">Unknown component type ({id})</div>;
}

/** How a non-visual component (store, interval…) shows on the design canvas. */
function Chip({ id, definition }: { id: string; definition: ComponentDefinition }): ReactElement {
  return (
    <div className="dw-chip" title={definition.description}>
      <span className="dw-chip-type">{definition.label}</span>
      <span className="dw-chip-id">{id}</span>
    </div>
  );
}

/** A view that throws shows an error card in its own cell; the page around it keeps working. */
class ViewErrorBoundary extends Component<{ type: string; id: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: { children: ReactNode }): void {
    // New props (a callback's next output, a fixed component) get another try.
    if (this.state.error && previous.children !== this.props.children) this.setState({ error: null });
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="dw-component-error" role="alert">
        <strong>{this.props.type}</strong> ({this.props.id}) failed to render
        <span className="dw-component-error-detail">{this.state.error.message}</span>
      </div>
    );
  }
}

export interface ComponentFrameProps {
  id: string;
  type: string;
  /** Props with defaults filled in (registry.withDefaults). */
  props: Readonly<Record<string, unknown>>;
  setProp?: (prop: string, value: unknown) => void;
  mode?: ViewMode;
  /** A prop of this component is being computed: sets data-loading="true". */
  loading?: boolean;
  className?: string;
  style?: CSSProperties;
}

const noop = (): void => {};

/**
 * The root element of a rendered component: `id` = component id, `data-type` = type (the
 * DOM contract of DESIGN §3), card styling, and the type's view inside. A non-visual type is
 * a chip on the canvas and a hidden root in apps (its view still runs: timers, storage).
 */
export function ComponentFrame({ id, type, props, setProp, mode = 'app', loading, className, style }: ComponentFrameProps): ReactElement {
  const definition = useComponentRegistry().get(type);
  const View = definition?.View ?? UnknownView;
  const commit = mode === 'design' || !setProp ? noop : setProp;
  const nonVisual = definition?.nonVisual === true;
  const classes = ['dw-component', nonVisual ? 'dw-nonvisual' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div
      id={id}
      data-type={type}
      data-mode={mode}
      data-loading={loading ? 'true' : undefined}
      hidden={nonVisual && mode === 'app' ? true : undefined}
      className={classes}
      style={style}
    >
      {nonVisual && mode === 'design' ? (
        <Chip id={id} definition={definition!} />
      ) : (
        <ViewErrorBoundary type={type} id={id}>
          <View id={id} props={props} setProp={commit} mode={mode} />
        </ViewErrorBoundary>
      )}
    </div>
  );
}

/** Design-time rendering for the editor canvas: fills defaults and renders in design mode. */
export const DesignComponent = memo(function DesignComponent({ component, className, style }: { component: ComponentInstance; className?: string; style?: CSSProperties }): ReactElement {
  const registry = useComponentRegistry();
  const props = useMemo(() => registry.withDefaults(component.type, component.props), [registry, component.type, component.props]);
  return <ComponentFrame id={component.id} type={component.type} props={props} mode="design" className={className} style={style} />;
});
