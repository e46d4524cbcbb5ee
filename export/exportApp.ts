import { build } from 'esbuild';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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

    progress('bundling the server', 0.6);
    await bundleServer(staging);

    progress('copying data', 0.8);
    if (source.dir && (await isDir(join(source.dir, 'data')))) await copyDataFolder(join(source.dir, 'data'), join(staging, 'data'));
    else await mkdir(join(staging, 'data'));

    progress('writing deployment files', 0.9);
    await writeFile(join(staging, 'Dockerfile'), dockerfile());
    await writeFile(join(staging, '.dockerignore'), dockerignore());
    await writeFile(join(staging, 'k8s.yaml'), kubernetesManifests(source.project.name));
    await writeFile(join(staging, 'compose.yaml'), composeFile(source.project.name));
    await writeFile(join(staging, 'README.md'), appReadme(source.project.name));
    await writeFile(join(staging, 'package.json'), `${JSON.stringify({ name: 'dashwright-app', private: true, type: 'module', scripts: { start: 'node server.mjs' }, engines: { node: '>=20' } }, null, 2)}\n`);
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

async function bundleServer(staging: string): Promise<void> {
  const root = packageRoot();
  await build({
    entryPoints: { server: join(root, 'export', 'serverEntry.ts'), worker: workerEntryPath() },
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
    // Some bundled CommonJS dependencies call require(); give ESM output a working one.
    banner: { js: "import { createRequire as __dwRequire } from 'node:module'; const require = __dwRequire(import.meta.url);" },
  });
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
