import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { usesDuckdb } from '../runtime/graph/sqlQueries';
import type { Project } from '../runtime/schema/project';
import { formatProblem } from '../runtime/schema/problems';
import { loadProjectFolder } from '../runtime/server/projectFolder';
import { compileApp, writeCompiledApp } from '../runtime/server/compile';
import { checkProject } from './check';
import { copyDataFolder } from './dataCopy';
import { loadClientAssets } from './clientAssets';
import { appReadme, dockerfile, dockerignore } from './deployFiles';
import { composeFile, kubernetesManifests } from './k8sManifests';
import { packageRoot } from './paths';
import { workerEntryPath } from '../runtime/server/workerEntry';
import { serverBundlePlugins } from './serverBundlePlugins';

const MARKER = '.dashwright-export';

/**
 * An export the user can fix (the project has problems, the target folder is not usable): the
 * host answers it as a 4xx and the export dialog shows it. `field` names what to change.
 */
export class ExportError extends Error {
  constructor(message: string, readonly field?: 'out') {
    super(message);
    this.name = 'ExportError';
  }
}

export interface ExportSource {
  project: Project;
  callbacks: Record<string, string>;
  /** The project's own component types: type → source of components/<type>/index.tsx. */
  components?: Record<string, string>;
  /** Project folder, for its data/ files; absent for an unsaved project. */
  dir?: string;
}

export interface ExportOptions {
  projectDir?: string;
  source?: ExportSource;
  outDir: string;
  onProgress?: (step: string, fraction: number) => void;
}

export interface ExportResult {
  outDir: string;
  files: number;
}

/**
 * Writes a standalone app folder: server.mjs + worker.mjs (the runtime, bundled), app/ (compiled
 * callbacks), public/ (browser bundle), data/, Dockerfile, k8s.yaml, compose.yaml, README.md. The folder is
 * assembled beside the target and renamed into place, so a failed export leaves nothing half-written.
 */
export async function exportProject(options: ExportOptions): Promise<ExportResult> {
  const progress = options.onProgress ?? (() => undefined);
  const source = options.source ?? (await loadSource(options.projectDir));
  const outDir = resolve(options.outDir);
  await assertWritableTarget(outDir);

  progress('checking the project', 0.05);
  const problems = (await checkProject(source.project, source.callbacks, { dir: source.dir, types: false, components: source.components ?? {} })).filter((p) => p.severity === 'error');
  if (problems.length > 0) throw new ExportError(`the project has problems; fix them before exporting:\n${problems.map(formatProblem).join('\n')}`);

  const staging = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    progress('compiling callbacks', 0.15);
    const app = await compileApp({ project: source.project, callbacks: source.callbacks, dir: source.dir, components: source.components ?? {} });
    if (app.problems.some((p) => p.severity === 'error')) throw new ExportError(`callbacks do not compile:\n${app.problems.map(formatProblem).join('\n')}`);
    await writeCompiledApp(join(staging, 'app'), app);

    progress('building the browser app', 0.35);
    const { files } = await loadClientAssets();
    await mkdir(join(staging, 'public'), { recursive: true });
    await Promise.all([...files].map(([name, file]) => writeFile(join(staging, 'public', name), file.body)));

    const dataDir = source.dir ? join(source.dir, 'data') : undefined;
    // Parquet files or SQL in the callbacks: the app ships DuckDB (sql.mjs and node_modules/@duckdb).
    const duckdb = Object.values(source.callbacks).some(usesDuckdb) || (dataDir !== undefined && (await hasParquet(dataDir)));

    progress('bundling the server', 0.6);
    await bundleServer(staging, duckdb);

    progress('copying data', 0.8);
    if (dataDir && (await isDir(dataDir))) await copyDataFolder(dataDir, join(staging, 'data'));
    else await mkdir(join(staging, 'data'));
    const dependencies = duckdb ? await copyDuckdb(join(staging, 'node_modules')) : undefined;

    progress('writing deployment files', 0.9);
    await writeFile(join(staging, 'Dockerfile'), dockerfile({ installDependencies: dependencies !== undefined }));
    await writeFile(join(staging, '.dockerignore'), dockerignore());
    await writeFile(join(staging, 'k8s.yaml'), kubernetesManifests(source.project.name));
    await writeFile(join(staging, 'compose.yaml'), composeFile(source.project.name));
    await writeFile(join(staging, 'README.md'), appReadme(source.project.name, dependencies ? { duckdb: dependencies.platform } : {}));
    const manifest = { name: 'dashwright-app', private: true, type: 'module', scripts: { start: 'node server.mjs' }, engines: { node: '>=20' }, ...(dependencies ? { dependencies: dependencies.packages } : {}) };
    await writeFile(join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await writeFile(join(staging, MARKER), `${new Date().toISOString()}\n`);

    await rm(outDir, { recursive: true, force: true });
    await rename(staging, outDir);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  progress('done', 1);
  return { outDir, files: await countFiles(outDir) };
}

async function loadSource(projectDir: string | undefined): Promise<ExportSource> {
  if (!projectDir) throw new ExportError('nothing to export: give a project folder');
  const dir = resolve(projectDir);
  const loaded = await loadProjectFolder(dir);
  if (!loaded.ok) throw new ExportError(`cannot export ${dir}:\n${loaded.problems.map(formatProblem).join('\n')}`);
  return { project: loaded.project, callbacks: loaded.callbacks, components: loaded.components, dir };
}

/** Refuse to replace a folder that is not empty and not an earlier export. */
async function assertWritableTarget(outDir: string): Promise<void> {
  if (!(await isDir(outDir))) return;
  const entries = await readdir(outDir);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new ExportError(`${outDir} is not empty and is not an earlier export; choose an empty or new folder`, 'out');
  }
}

async function bundleServer(staging: string, duckdb: boolean): Promise<void> {
  const root = packageRoot();
  await build({
    entryPoints: {
      server: join(root, 'export', 'serverEntry.ts'),
      worker: workerEntryPath(),
      // The process a worker runs DuckDB in (runtime/server/worker/sqlClient.ts finds it beside worker.mjs).
      ...(duckdb ? { sql: join(root, 'runtime', 'server', 'worker', 'sqlProcess.ts') } : {}),
    },
    // A native module: loaded from node_modules at run time, only by apps that read Parquet or run SQL.
    external: ['@duckdb/node-api'],
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Code only some apps run (Redis, BullMQ: with REDIS_URL) goes to chunks loaded on demand, so start-up parses less.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: serverBundlePlugins(),
    // Some bundled CommonJS dependencies call require(); give ESM output a working one.
    banner: { js: "import { createRequire as __dwRequire } from 'node:module'; const require = __dwRequire(import.meta.url);" },
  });
}

/** True when `dir` (or a folder in it) holds a .parquet file. */
async function hasParquet(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.name.endsWith('.parquet')) return true;
    if (entry.isDirectory() && (await hasParquet(join(dir, entry.name)))) return true;
  }
  return false;
}

/**
 * Copies the installed DuckDB packages (the API, its bindings loader, the native binding of this
 * platform and the libc check it uses) into the export's node_modules, so `node server.mjs` runs
 * there with no `npm install` on this platform; the Dockerfile installs the image's own binding.
 * Returns the package.json dependencies and the platform copied for; when DuckDB is not installed
 * here the dependency is still listed (an `npm install` in the app fetches it), nothing is copied
 * and the platform is null.
 */
async function copyDuckdb(nodeModules: string): Promise<{ packages: Record<string, string>; platform: string | null }> {
  const platform = `${process.platform}-${process.arch}`;
  const from = createRequire(join(packageRoot(), 'package.json'));
  let apiDir: string;
  try {
    apiDir = dirname(from.resolve('@duckdb/node-api/package.json'));
  } catch {
    const wanted = (JSON.parse(await readFile(join(packageRoot(), 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies?.['@duckdb/node-api'] ?? 'latest';
    return { packages: { '@duckdb/node-api': wanted }, platform: null };
  }
  const version = (JSON.parse(await readFile(join(apiDir, 'package.json'), 'utf8')) as { version: string }).version;
  const dirs = [apiDir];
  const fromApi = createRequire(join(apiDir, 'package.json'));
  const bindingsDir = dirname(fromApi.resolve('@duckdb/node-bindings/package.json'));
  dirs.push(bindingsDir);
  const fromBindings = createRequire(join(bindingsDir, 'package.json'));
  for (const name of [`@duckdb/node-bindings-${platform}`, `@duckdb/node-bindings-${platform}-musl`, 'detect-libc']) {
    try {
      dirs.push(dirname(fromBindings.resolve(`${name}/package.json`)));
    } catch {
      // Not installed here (another platform's binding, or a libc variant this machine does not use).
    }
  }
  for (const dir of dirs) {
    const name = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name: string };
    await cp(dir, join(nodeModules, ...name.name.split('/')), { recursive: true, dereference: true });
  }
  return { packages: { '@duckdb/node-api': version }, platform };
}

async function isDir(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

async function countFiles(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    count += entry.isDirectory() ? await countFiles(join(dir, entry.name)) : 1;
  }
  return count;
}
