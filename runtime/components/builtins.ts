import * as types from './builtinTypes';
import { PALETTE_GROUPS, type ComponentDefinition } from './define';
import { createComponentRegistry } from './registry';

const rank = (d: ComponentDefinition): number => PALETTE_GROUPS.indexOf(d.group ?? 'Project');

/**
 * The built-in component types in palette order: by group, then label. Adding a type is its
 * folder and one line in builtinTypes.ts.
 */
export const builtinComponents: readonly ComponentDefinition[] = Object.values(types as Record<string, ComponentDefinition>).sort(
  (a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label),
);

/** A registry of the built-ins alone (immutable): what an app without components of its own uses. */
export const builtinRegistry = createComponentRegistry(builtinComponents);
