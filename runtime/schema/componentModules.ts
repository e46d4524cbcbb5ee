/**
 * The contract between a project's own component types (DESIGN §3b), the compiler that bundles
 * them and the page or loader that runs them. A component module imports only its own folder's
 * files and the shared modules below, which the page (or the Node loader) provides under
 * `globalThis[SHARED_MODULES_GLOBAL]`, so a component renders with the app's own React and zod.
 */
export const SHARED_MODULE_NAMES = ['react', 'react/jsx-runtime', 'zod', 'dashwright/component'] as const;
export type SharedModuleName = (typeof SHARED_MODULE_NAMES)[number];

export const SHARED_MODULES_GLOBAL = '__dashwrightShared';

/** Global name the Node build of a component assigns its module to (see runtime/components/node). */
export const NODE_COMPONENT_GLOBAL = '__dashwrightComponent';

/** A project component's entry file, relative to the project folder. */
export function componentEntry(type: string): string {
  return `components/${type}/index.tsx`;
}

/** A project component type name: the folder's name. */
export const COMPONENT_TYPE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** One project component, compiled. */
export interface CompiledComponent {
  type: string;
  /** ES module for the page: its default export is the definition. */
  browser: string;
  /** A script for Node that assigns the module to NODE_COMPONENT_GLOBAL (the server reads the props schema from it). */
  node: string;
  /** Short hash of the browser code: the page's URL carries it, so a changed component is fetched anew. */
  hash: string;
}

/** Where the page loads a project component from, as the spec lists it; or why it cannot (an error card stands in). */
export type ComponentModuleRef = { type: string; url: string } | { type: string; error: string };

export const COMPONENT_MODULES_PATH = '_dashwright/components/';
