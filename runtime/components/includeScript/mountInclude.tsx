/** Test helper: mounts an includeScript with the project's allowScripts, its setProp feeding the props back as the page does. */
import { act } from 'react';
import { afterEach, vi } from 'vitest';
import { AppServicesProvider, type AppServices } from '../appContext';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { mount, type Mounted } from '../testkit';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  for (const s of document.querySelectorAll('script[data-dw-include]')) s.remove();
});

const services = (allowScripts: string[]): AppServices => ({ settings: { allowScripts }, preview: false, props: { get: () => undefined, watch: () => () => {} } });

/** Mounts an includeScript whose setProp feeds the new props back, as the page does. */
export async function include(props: Record<string, unknown>, allowScripts: string[], mode: 'app' | 'design' = 'app') {
  let current = props;
  const setProp = vi.fn((prop: string, value: unknown) => {
    current = { ...current, [prop]: value };
    void render();
  });
  const element = () => (
    <AppServicesProvider value={services(allowScripts)}>
      <ComponentFrame id="inc" type="includeScript" props={builtinRegistry.withDefaults('includeScript', current)} setProp={setProp} mode={mode} />
    </AppServicesProvider>
  );
  async function render(): Promise<void> {
    if (mounted) await act(async () => mounted!.root.render(element()));
  }
  mounted = await mount(element());
  await render(); // props set while mounting
  return {
    setProp,
    props: () => builtinRegistry.withDefaults('includeScript', current),
    set: async (next: Record<string, unknown>) => {
      current = { ...current, ...next };
      await render();
    },
  };
}

export const scripts = (): HTMLScriptElement[] => [...document.querySelectorAll<HTMLScriptElement>('script[data-dw-include]')];

