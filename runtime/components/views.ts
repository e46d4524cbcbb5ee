import { createElement, useMemo, type CSSProperties, type ReactElement } from 'react';
import type { ComponentInstance } from '../schema/project';
import { withDefaults } from './catalog';
import { getModel } from './models';
import { ButtonView } from './button/view';
import { DropdownView } from './dropdown/view';
import { GraphView } from './graph/view';
import { InputView } from './input/view';
import { MarkdownView } from './markdown/view';
import { SliderView } from './slider/view';
import { TextView } from './text/view';

/** 'app': the running app. 'design': the editor canvas; controls render but take no pointer input. */
export type ViewMode = 'app' | 'design';

/** What every component view receives. */
export interface ComponentViewProps {
  id: string;
  /** The component's props, defaults filled in. */
  props: Readonly<Record<string, unknown>>;
  /** Commit a user change of one prop (a no-op in design mode). */
  setProp(prop: string, value: unknown): void;
  mode: ViewMode;
}

export type ComponentView = (props: ComponentViewProps) => ReactElement | null;

/** The built-in types; keep in step with models.ts (a test checks both lists agree). */
export type BuiltinComponentType = 'text' | 'markdown' | 'button' | 'slider' | 'dropdown' | 'input' | 'graph';

export const componentViews = {
  text: TextView,
  markdown: MarkdownView,
  button: ButtonView,
  slider: SliderView,
  dropdown: DropdownView,
  input: InputView,
  graph: GraphView,
} satisfies Record<BuiltinComponentType, ComponentView>;

export function getView(type: string): ComponentView | undefined {
  return Object.hasOwn(componentViews, type) ? componentViews[type as BuiltinComponentType] : undefined;
}

function UnknownView({ id }: ComponentViewProps): ReactElement {
  return createElement('div', { className: 'dw-unknown' }, `Unknown component type (${id})`);
}

export interface ComponentFrameProps {
  id: string;
  type: string;
  /** Props with defaults filled in (see propsWithDefaults). */
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
 * DOM contract of DESIGN §3), card styling, and the type's view inside.
 */
export function ComponentFrame({ id, type, props, setProp, mode = 'app', loading, className, style }: ComponentFrameProps): ReactElement {
  const View = getView(type) ?? UnknownView;
  const commit = mode === 'design' || !setProp ? noop : setProp;
  return createElement(
    'div',
    {
      id,
      'data-type': type,
      'data-mode': mode,
      'data-loading': loading ? 'true' : undefined,
      className: className ? `dw-component ${className}` : 'dw-component',
      style,
    },
    createElement(View, { id, props, setProp: commit, mode }),
  );
}

/** A component's props with its type's defaults (props of unknown types as they are). */
export function propsWithDefaults(type: string, props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const model = getModel(type);
  return model ? withDefaults(model, { ...props }) : { ...props };
}

/** Design-time rendering for the editor canvas: fills defaults and renders in design mode. */
export function DesignComponent({ component, className, style }: { component: ComponentInstance; className?: string; style?: CSSProperties }): ReactElement {
  const props = useMemo(() => propsWithDefaults(component.type, component.props), [component.type, component.props]);
  return createElement(ComponentFrame, { id: component.id, type: component.type, props, mode: 'design', className, style });
}

/** renderComponent(c) = <DesignComponent component={c} />, or an app-mode frame with setProp. */
export function renderComponent(
  component: ComponentInstance,
  options: { mode?: ViewMode; setProp?: (prop: string, value: unknown) => void; loading?: boolean; className?: string; style?: CSSProperties } = {},
): ReactElement {
  if ((options.mode ?? 'design') === 'design') {
    return createElement(DesignComponent, { key: component.id, component, className: options.className, style: options.style });
  }
  return createElement(ComponentFrame, {
    key: component.id,
    id: component.id,
    type: component.type,
    props: propsWithDefaults(component.type, component.props),
    mode: 'app',
    setProp: options.setProp,
    loading: options.loading,
    className: options.className,
    style: options.style,
  });
}
