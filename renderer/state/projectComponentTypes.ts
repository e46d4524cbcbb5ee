import { builtinComponents } from '../../runtime/components/builtins';
import type { ComponentDefinition } from '../../runtime/components/define';
import { brokenDefinition, checkProjectDefinition } from '../../runtime/components/projectDefinition';
import { createComponentRegistry } from '../../runtime/components/registry';
import { provideSharedModules } from '../../runtime/components/sharedModules';
import type { Host } from '../../runtime/contracts/hostChannels';
import { useTrust } from '../trust/trustStore';
import { editor, useEditor } from './editorStore';

/** Wait after the last keystroke in a component's source before rebuilding it. */
const REBUILD_DEBOUNCE_MS = 250;

/** Imports one compiled module from a blob URL; the same code is imported once. */
function importCode(code: string, cache: Map<string, Promise<unknown>>): Promise<unknown> {
  let found = cache.get(code);
  if (!found) {
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    found = (import(/* @vite-ignore */ url) as Promise<unknown>).finally(() => URL.revokeObjectURL(url));
    cache.set(code, found);
  }
  return found;
}

/**
 * Keeps the session's component registry in step with the project's own component sources:
 * the host compiles them, the canvas, palette, inspector and generated types then know them.
 * A component that does not compile is an error card on the canvas. Returns a stop function.
 */
export function syncProjectComponentTypes(host: Host): () => void {
  const modules = new Map<string, Promise<unknown>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticket = 0;

  async function rebuild(): Promise<void> {
    const mine = ++ticket;
    const { components, dir } = editor();
    const types = Object.keys(components);
    let definitions: ComponentDefinition[] = [];
    if (types.length > 0) {
      provideSharedModules();
      try {
        const built = await host.call('components:build', dir ? { components, dir } : { components });
        definitions = await Promise.all(
          built.modules.map(async (m) => {
            if (m.code === undefined) return brokenDefinition(m.type, m.error ?? 'it does not compile');
            try {
              const checked = checkProjectDefinition(m.type, await importCode(m.code, modules));
              return checked.ok ? checked.definition : brokenDefinition(m.type, checked.message);
            } catch (err) {
              return brokenDefinition(m.type, `loading it failed: ${err instanceof Error ? err.message : String(err)}`);
            }
          }),
        );
      } catch (err) {
        definitions = types.map((type) => brokenDefinition(type, `the host could not compile it: ${err instanceof Error ? err.message : String(err)}`));
      }
    }
    if (mine !== ticket) return;
    const builtin = new Set(builtinComponents.map((d) => d.type));
    editor().setComponentTypes(createComponentRegistry([...builtinComponents, ...definitions.filter((d) => !builtin.has(d.type))]));
  }

  void rebuild();
  const off = useEditor.subscribe((s, prev) => {
    if (s.components === prev.components && s.dir === prev.dir) return;
    clearTimeout(timer);
    // Opening a project: at once; typing in a component's source: after a pause.
    timer = setTimeout(() => void rebuild(), s.dir !== prev.dir ? 0 : REBUILD_DEBOUNCE_MS);
  });
  // Trusting the folder lets its components run on the canvas.
  const offTrust = useTrust.subscribe((s, prev) => {
    if (s.trust !== prev.trust) void rebuild();
  });
  return () => {
    off();
    offTrust();
    clearTimeout(timer);
  };
}
