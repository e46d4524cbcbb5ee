import type { ComponentDefinition } from './define';
import { createComponentRegistry } from './registry';
import button from './button';
import dropdown from './dropdown';
import graph from './graph';
import input from './input';
import markdown from './markdown';
import slider from './slider';
import text from './text';

/** The built-in component types, in palette order. Adding a type: its folder and one line here. */
export const builtinComponents: readonly ComponentDefinition[] = [
  text,
  markdown,
  button,
  slider,
  dropdown,
  input,
  graph,
];

/** A registry of the built-ins alone (immutable): what an app without components of its own uses. */
export const builtinRegistry = createComponentRegistry(builtinComponents);
