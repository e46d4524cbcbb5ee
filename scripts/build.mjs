#!/usr/bin/env node
// `npm run build`: the editor (Vite → dist/renderer), the app client (esbuild → dist/client),
// Electron main and preload (esbuild → dist/electron).
import { build as esbuild } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = (name) => console.log(`build: ${name}`);

step('editor (vite)');
const vite = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (vite.status !== 0) process.exit(vite.status ?? 1);

step('app client (esbuild)');
rmSync(join(root, 'dist', 'client'), { recursive: true, force: true }); // no stale chunks from an earlier build
const client = spawnSync(process.execPath, ['--import', 'tsx', '-e', "const m = await import('./runtime/client/build.ts'); await m.writeClientAssets('dist/client');"], { cwd: root, stdio: 'inherit' });
if (client.status !== 0) process.exit(client.status ?? 1);

step('electron main and preload (esbuild)');
const external = ['electron', 'esbuild', 'typescript', 'vite', 'tsx', 'fsevents', '@duckdb/node-api'];
await esbuild({
  entryPoints: { main: join(root, 'electron/main/main.ts'), preload: join(root, 'electron/preload/preload.ts') },
  outdir: join(root, 'dist', 'electron'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external,
  sourcemap: true,
  logLevel: 'warning',
  // import.meta.url is used by modules shared with the ESM CLI to find their folder.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});
// The callback worker the preview server starts (found beside main.cjs as worker.mjs), and the
// process a worker runs DuckDB in for ctx.data.parquet and ctx.data.sql (sql.mjs beside it).
await esbuild({
  entryPoints: { worker: join(root, 'runtime/server/worker/entry.ts'), sql: join(root, 'runtime/server/worker/sqlProcess.ts') },
  external: ['@duckdb/node-api'],
  outdir: join(root, 'dist', 'electron'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
console.log('build: done');
