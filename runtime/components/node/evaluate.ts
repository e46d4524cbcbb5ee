import vm from 'node:vm';
import { componentEntry, NODE_COMPONENT_GLOBAL, type CompiledComponent } from '../../schema/componentModules';
import type { Catalog } from '../../schema/catalog';
import type { Problem } from '../../schema/problems';
import { builtinComponents } from '../builtins';
import type { ComponentDefinition } from '../define';
import { checkProjectDefinition } from '../projectDefinition';
import { createComponentRegistry } from '../registry';
import { provideSharedModules } from '../sharedModules';

/** A component module only defines things: one that runs longer than this at load is stopped. */
const LOAD_TIMEOUT_MS = 2000;

/**
 * Runs the Node build of each project component (compiled by runtime/server/componentCompile.ts)
 * to read its definition: the server needs its props schema (defaults, the wire's checks), the
 * CLI its types. Views are never rendered here.
 */
export function evaluateComponents(components: readonly CompiledComponent[]): { definitions: ComponentDefinition[]; problems: Problem[] } {
  provideSharedModules();
  const builtin = new Set(builtinComponents.map((d) => d.type));
  const definitions: ComponentDefinition[] = [];
  const problems: Problem[] = [];
  for (const c of components) {
    const path = componentEntry(c.type);
    if (builtin.has(c.type)) {
      problems.push({ path, message: `"${c.type}" is a built-in component type; name the folder differently`, severity: 'error', code: 'component-type' });
      continue;
    }
    let moduleValue: unknown;
    try {
      moduleValue = vm.runInThisContext(`(function () {\n${c.node}\nreturn ${NODE_COMPONENT_GLOBAL};\n})()`, { filename: path, timeout: LOAD_TIMEOUT_MS });
    } catch (err) {
      const timedOut = (err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
      problems.push({ path, message: timedOut ? `loading it took longer than ${LOAD_TIMEOUT_MS / 1000} s (a loop at the top of the module?)` : `loading it failed: ${(err as Error).message}`, severity: 'error', code: 'component-load' });
      continue;
    }
    const checked = checkProjectDefinition(c.type, moduleValue);
    if (checked.ok) definitions.push(checked.definition);
    else problems.push({ path, message: checked.message.replace(`${path}: `, ''), severity: 'error', code: 'component-definition' });
  }
  return { definitions, problems };
}

const catalogs = new WeakMap<readonly CompiledComponent[], { catalog: Catalog; problems: Problem[] }>();

/**
 * The catalogue of an app: the built-ins plus the project components that load. Evaluated once
 * per compiled set (the preview asks for it twice per update: for the server and for problems).
 */
export function projectCatalog(components: readonly CompiledComponent[] | undefined): { catalog: Catalog; problems: Problem[] } {
  const key = components ?? NONE;
  let found = catalogs.get(key);
  if (!found) {
    const { definitions, problems } = evaluateComponents(key);
    found = { catalog: createComponentRegistry([...builtinComponents, ...definitions]).catalog, problems };
    catalogs.set(key, found);
  }
  return found;
}

const NONE: readonly CompiledComponent[] = Object.freeze([]);
