// Entry of an exported app's server.mjs (bundled by esbuild; runs with plain `node server.mjs`,
// no node_modules). Everything is read into memory once here; the update path never touches disk.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCatalog } from '../runtime/components/catalog';
import { projectCatalog } from '../runtime/components/node/evaluate';
import { createAppServer } from '../runtime/server/appServer';
import { readCompiledApp } from '../runtime/server/compile';
import { contentTypeOf } from './contentTypes';
import { serverEnv, shutdownEnv } from './serverEnv';
import { serverLogging } from './serverLogging';

const here = dirname(fileURLToPath(import.meta.url));

async function readAssets(dir: string): Promise<Map<string, { body: Buffer; contentType: string }>> {
  const files = new Map<string, { body: Buffer; contentType: string }>();
  for (const name of await readdir(dir)) files.set(name, { body: await readFile(join(dir, name)), contentType: contentTypeOf(name) });
  return files;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8050);
  const host = process.env.HOST ?? '127.0.0.1';
  const env = serverEnv();
  const shutdownOptions = shutdownEnv();
  const [app, files, logging] = await Promise.all([readCompiledApp(join(here, 'app')), readAssets(join(here, 'public')), serverLogging()]);
  const server = await createAppServer({
    catalog: createCatalog(),
    catalogOf: (compiled) => projectCatalog(compiled.components).catalog,
    clientAssets: { files },
    workerUrl: new URL('./worker.mjs', import.meta.url),
    ...env,
    ...logging,
    awaitWorkers: false,
  });
  // The page and spec are served as soon as we listen; cascades wait for the workers to load the app.
  const loading = server.setApp(app, join(here, 'data'));
  const { url } = await server.listen(port, host);
  logging.log(`${app.project.name} is running at ${url}`, { url });
  if (env.redisUrl) logging.log('callback cache and background jobs shared through Redis (REDIS_URL)');
  let stopping = false;
  // SIGTERM (Kubernetes, docker stop): not ready at once, finish what is in progress, exit 0 (DESIGN §8).
  process.once('SIGTERM', () => {
    stopping = true;
    server.shutdown(shutdownOptions).then(() => process.exit(0), () => process.exit(1));
  });
  process.once('SIGINT', () => {
    if (stopping) return;
    server.close().then(() => process.exit(0), () => process.exit(1));
  });
  await loading;
}

main().catch((err: unknown) => {
  process.stderr.write(`could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
