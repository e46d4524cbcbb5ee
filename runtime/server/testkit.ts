/** Helpers for this folder's tests: temp project folders and a running app server. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Catalog } from '../schema/catalog';
import type { UpdateResponse } from '../contracts/wire';
import { createAppServer, type AppServer, type AppServerOptions, type ClientAssets } from './appServer';
import { compileApp } from './compile';
import type { CompiledApp } from './compiledApp';
import { loadProjectFolder } from './projectFolder';

export interface ProjectFixture {
  manifest: Record<string, unknown>;
  callbacks: Record<string, string>;
  /** Other files by project-relative path, e.g. data/sales.csv or callbacks/lib/fmt.ts. */
  files?: Record<string, string>;
}

export const helloManifest = (): Record<string, unknown> => ({
  format: 'dashwright',
  version: 1,
  name: 'Hello',
  layout: { cols: 12, rowHeight: 40 },
  components: [
    { id: 'n', type: 'slider', props: { min: 0, max: 10, step: 1, value: 3 }, grid: { x: 0, y: 0, w: 6, h: 2 } },
    { id: 'out', type: 'text', props: { text: '' }, grid: { x: 6, y: 0, w: 6, h: 2 } },
  ],
  callbacks: [
    { id: 'double', inputs: [{ id: 'n', prop: 'value', as: 'n' }], state: [], outputs: [{ id: 'out', prop: 'text', as: 'text' }], placement: 'server' },
  ],
});

export const doubleSource = 'export default function double({ n }: { n: number }): string {\n  return `twice ${n} is ${n * 2}`;\n}\n';

export async function tempDir(prefix = 'dashwright-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function writeProject(fixture: ProjectFixture, dir?: string): Promise<string> {
  const root = dir ?? (await tempDir());
  const files: Record<string, string> = { 'dashwright.json': `${JSON.stringify(fixture.manifest, null, 2)}\n`, ...fixture.files };
  for (const [id, source] of Object.entries(fixture.callbacks)) files[`callbacks/${id}.ts`] = source;
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await fs.writeFile(path.join(root, rel), text);
  }
  return root;
}

export async function compileFolder(dir: string): Promise<CompiledApp> {
  const loaded = await loadProjectFolder(dir);
  if (!loaded.ok) throw new Error(`fixture does not load: ${loaded.message}`);
  return compileApp({ project: loaded.project, callbacks: loaded.callbacks, dir });
}

export const testAssets = (): ClientAssets => ({
  files: new Map([
    ['app.js', { body: Buffer.from('console.log("app")'), contentType: 'text/javascript; charset=utf-8' }],
    ['app.css', { body: Buffer.from('body{margin:0}'), contentType: 'text/css; charset=utf-8' }],
    ['chunk-AB12CD34.js', { body: Buffer.from('export const x = 1;'), contentType: 'text/javascript; charset=utf-8' }],
  ]),
});

export interface RunningApp {
  server: AppServer;
  url: string;
  dir: string;
  app: CompiledApp;
  logs: string[];
  post(body: unknown): Promise<{ status: number; json: UpdateResponse & { error?: string } }>;
  get(pathname: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface StartAppOptions extends Partial<Omit<AppServerOptions, 'catalog' | 'clientAssets'>> {
  workers?: number;
  callbackTimeoutMs?: number;
}

export async function startApp(catalog: Catalog, fixture: ProjectFixture, options: StartAppOptions = {}): Promise<RunningApp> {
  const dir = await writeProject(fixture);
  const app = await compileFolder(dir);
  const logs: string[] = [];
  const server = await createAppServer({ ...options, catalog, clientAssets: testAssets(), workers: options.workers ?? 2, log: (line, fields) => {
    logs.push(line);
    options.log?.(line, fields);
  } });
  await server.setApp(app, path.join(dir, 'data'));
  const { url } = await server.listen(0, '127.0.0.1');
  return {
    server,
    url,
    dir,
    app,
    logs,
    async post(body) {
      const res = await fetch(new URL('_dashwright/update', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as UpdateResponse & { error?: string } };
    },
    get: (pathname, init) => fetch(new URL(pathname, url), init),
    async close() {
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
