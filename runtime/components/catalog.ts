import type { Catalog } from '../schema/catalog';
import { builtinComponents } from './builtins';
import type { ComponentDefinition } from './define';
import { createComponentRegistry } from './registry';

/** The catalogue the graph, the server and the CLI use (no React is rendered on that side). */
export function createCatalog(definitions: readonly ComponentDefinition[] = builtinComponents): Catalog {
  return createComponentRegistry(definitions).catalog;
}
