import { join, resolve } from 'node:path';
import { formatProblem } from '../runtime/schema/problems';
import { createCatalog } from '../runtime/components/catalog';
import { projectCatalog } from '../runtime/components/node/evaluate';
import { createAppServer } from '../runtime/server/appServer';
import type { ShutdownOptions } from '../runtime/server/shutdown';
import { compileApp } from '../runtime/server/compile';
import { loadProjectFolder } from '../runtime/server/projectFolder';
import { checkProject } from './check';
import { loadClientAssets } from './clientAssets';
import { serverEnv } from './serverEnv';
import { serverLogging } from './serverLogging';

/** `dashwright serve`: a project folder served by the same runtime an export runs. */
export async function startProjectServer(projectDir: string, options: { port: number; host: string }) {
  const dir = resolve(projectDir);
  const loaded = await loadProjectFolder(dir);
  if (!loaded.ok) throw new Error(`cannot serve ${dir}:\n${loaded.problems.map(formatProblem).join('\n')}`);
  // What export refuses, serve refuses too (a callback wired to nothing would run with undefined).
  const problems = (await checkProject(loaded.project, loaded.callbacks, { dir, types: false, components: loaded.components })).filter((p) => p.severity === 'error');
  if (problems.length > 0) throw new Error(`the project has problems; fix them before serving it:\n${problems.map(formatProblem).join('\n')}`);
  const app = await compileApp({ project: loaded.project, callbacks: loaded.callbacks, dir, components: loaded.components });
  const errors = app.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`callbacks do not compile:\n${errors.map(formatProblem).join('\n')}`);
  const server = await createAppServer({ catalog: createCatalog(), catalogOf: (compiled) => projectCatalog(compiled.components).catalog, clientAssets: await loadClientAssets(), ...serverEnv(), ...(await serverLogging()) });
  await server.setApp(app, join(dir, 'data'));
  const { url } = await server.listen(options.port, options.host);
  return { url, close: () => server.close(), shutdown: (options?: ShutdownOptions) => server.shutdown(options) };
}
