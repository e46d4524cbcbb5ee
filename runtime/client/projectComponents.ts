import { builtinComponents } from '../components/builtins';
import type { ComponentDefinition } from '../components/define';
import { brokenDefinition, checkProjectDefinition } from '../components/projectDefinition';
import { createComponentRegistry, type ComponentRegistry } from '../components/registry';
import { provideSharedModules } from '../components/sharedModules';
import type { ComponentModuleRef } from '../schema/componentModules';
import { messageOf } from './errors';

/**
 * Loads a project's own component types (DESIGN §3b) from the spec's `componentModules` and
 * gives the registry that renders with them. A module that fails to load or define itself
 * becomes an error card in its place; the rest of the app renders as usual. An unchanged list
 * gives back the same registry, so a reload remounts nothing.
 */
export function createProjectComponentLoader(base: ComponentRegistry, importModule: (url: string) => Promise<unknown>, resolveUrl: (url: string) => string) {
  const modules = new Map<string, Promise<ComponentDefinition>>();
  let last: { key: string; registry: ComponentRegistry } = { key: '', registry: base };
  const builtin = new Set(builtinComponents.map((d) => d.type));

  function load(ref: ComponentModuleRef): Promise<ComponentDefinition> {
    if ('error' in ref) return Promise.resolve(brokenDefinition(ref.type, ref.error));
    let found = modules.get(ref.url);
    if (!found) {
      found = importModule(resolveUrl(ref.url)).then(
        (value) => {
          const checked = checkProjectDefinition(ref.type, value);
          return checked.ok ? checked.definition : brokenDefinition(ref.type, checked.message);
        },
        (err: unknown) => brokenDefinition(ref.type, `components/${ref.type}/index.tsx could not be loaded: ${messageOf(err)}`),
      );
      modules.set(ref.url, found);
    }
    return found;
  }

  return async function registryFor(refs: readonly ComponentModuleRef[] | undefined): Promise<ComponentRegistry> {
    const own = (refs ?? []).filter((r) => !builtin.has(r.type));
    const key = JSON.stringify(own);
    if (key === last.key) return last.registry;
    provideSharedModules();
    const definitions = await Promise.all(own.map(load));
    const registry = definitions.length === 0 ? base : createComponentRegistry([...base.definitions, ...definitions]);
    last = { key, registry };
    return registry;
  };
}
