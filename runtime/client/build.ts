/**
 * Bundles the browser runtime (runtime/client/main.tsx) with esbuild. Node-only: used by the
 * CLI, the exporter, the preview server and scripts/build.mjs, never by the page itself.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { componentStylesEsbuild } from './componentStyles';

export interface ClientAsset {
  body: Buffer;
  contentType: string;
}

export interface BuildClientOptions {
  /** Minify (default true). */
  minify?: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

function contentType(name: string): string {
  return CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream';
}

/**
 * zod's `z` namespace re-exports every locale (~250 kB minified) and so defeats tree shaking;
 * the browser only needs the default English messages, which zod imports on its own.
 */
const dropZodLocales: Plugin = {
  name: 'drop-zod-locales',
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'dw-empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'dw-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * app.js (entry, ESM), callback-worker.js (client callbacks' worker), app.css and lazily loaded chunks (Plotly is its own), keyed by flat file
 * name (no folders), as the server serves them under /_dashwright/assets/. The page that loads
 * them is runtime/server/page.ts.
 */
export async function buildClientAssets(options: BuildClientOptions = {}): Promise<Map<string, ClientAsset>> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outdir = path.join(here, '.out');
  const result = await build({
    entryPoints: { app: path.join(here, 'main.tsx'), 'callback-worker': path.join(here, 'callbackWorker.ts') },
    absWorkingDir: path.resolve(here, '../..'),
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    minify: options.minify ?? true,
    jsx: 'automatic',
    write: false,
    outdir,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [dropZodLocales, componentStylesEsbuild],
    loader: { '.svg': 'file', '.woff2': 'file', '.png': 'file' },
  });
  const assets = new Map<string, ClientAsset>();
  for (const file of result.outputFiles) {
    const name = path.relative(outdir, file.path).split(path.sep).join('/');
    assets.set(name, { body: Buffer.from(file.contents), contentType: contentType(name) });
  }
  return assets;
}

/**
 * Writes the assets into `dir` (created if needed), building them unless `assets` (from
 * buildClientAssets) is given; returns the file names written.
 */
export async function writeClientAssets(dir: string, options: BuildClientOptions & { assets?: Map<string, ClientAsset> } = {}): Promise<string[]> {
  const assets = options.assets ?? (await buildClientAssets(options));
  await mkdir(dir, { recursive: true });
  for (const [name, asset] of assets) {
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, asset.body);
  }
  return [...assets.keys()];
}
