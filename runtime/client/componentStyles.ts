/**
 * The component types' CSS, gathered for the two browser bundles (the app client, built by
 * esbuild, and the editor, built by Vite): `runtime/components/components.css` (shared look)
 * then every type folder's `style.css`. Pages import the virtual module below; no list of
 * types is written anywhere. Node-only (build tools).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin as EsbuildPlugin } from 'esbuild';

export const COMPONENT_STYLES_MODULE = 'virtual:dashwright/component-styles.css';

const componentsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../components');

/** The stylesheets, in cascade order. */
export function componentStyleFiles(): string[] {
  const folders = readdirSync(componentsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(componentsDir, e.name, 'style.css'))
    .filter((file) => existsSync(file))
    .sort();
  return [path.join(componentsDir, 'components.css'), ...folders];
}

function stylesheet(): string {
  return componentStyleFiles().map((file) => `@import ${JSON.stringify(file.split(path.sep).join('/'))};`).join('\n');
}

/** esbuild: serves the virtual module as one stylesheet importing them all. */
export const componentStylesEsbuild: EsbuildPlugin = {
  name: 'dashwright-component-styles',
  setup(b) {
    b.onResolve({ filter: /^virtual:dashwright\/component-styles\.css$/ }, () => ({ path: 'component-styles.css', namespace: 'dw-component-styles' }));
    b.onLoad({ filter: /.*/, namespace: 'dw-component-styles' }, () => ({ contents: stylesheet(), loader: 'css', resolveDir: componentsDir, watchFiles: componentStyleFiles() }));
  },
};

/** Vite (the editor): the same virtual module; a new type folder's style.css is picked up on restart. */
export function componentStylesVite(): { name: string; resolveId(id: string): string | undefined; load(id: string): string | undefined } {
  const resolved = '\0' + COMPONENT_STYLES_MODULE;
  return {
    name: 'dashwright-component-styles',
    resolveId: (id) => (id === COMPONENT_STYLES_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? stylesheet() : undefined),
  };
}
