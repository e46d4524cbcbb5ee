/** Helpers for component and app tests (happy-dom): mount, drive native controls, flush effects. */
import { act, type ReactElement } from 'react';
import { afterEach, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { builtinRegistry } from './builtins';
import { ComponentFrame } from './frame';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

export async function mount(element: ReactElement): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    root,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Set a native control's value the way a browser test does, then fire the DOM event. */
export async function fire(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, type = 'input'): Promise<void> {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** Mounts one component of a built-in type (defaults filled in) and returns its root element. */
export async function mountComponent(
  type: string,
  props: Record<string, unknown> = {},
  options: { setProp?: (prop: string, value: unknown) => void; mode?: 'app' | 'design'; id?: string } = {},
): Promise<{ root: HTMLElement; mounted: Mounted }> {
  const id = options.id ?? `c-${type}`;
  const mounted = await mount(
    <ComponentFrame id={id} type={type} props={builtinRegistry.withDefaults(type, props)} setProp={options.setProp} mode={options.mode ?? 'app'} />,
  );
  return { root: mounted.container.querySelector<HTMLElement>(`#${id}`)!, mounted };
}

/** Dispatches a DOM event on `el` inside act(). */
export async function dispatch(el: Element, event: Event): Promise<void> {
  await act(async () => {
    el.dispatchEvent(event);
  });
}

type SetProp = ReturnType<typeof vi.fn<(prop: string, value: unknown) => void>>;

/**
 * `frame(type, props, setProp?, mode?)` for a test file: mounts one component (defaults filled
 * in) and unmounts it after each test.
 */
export function componentFrame(): (type: string, props?: Record<string, unknown>, setProp?: SetProp, mode?: 'app' | 'design') => Promise<{ root: HTMLElement; setProp: SetProp }> {
  let current: Mounted | null = null;
  afterEach(() => {
    current?.unmount();
    current = null;
  });
  return async (type, props = {}, setProp = vi.fn<(prop: string, value: unknown) => void>(), mode = 'app') => {
    current?.unmount();
    const result = await mountComponent(type, props, { setProp, mode });
    current = result.mounted;
    return { root: result.root, setProp };
  };
}
