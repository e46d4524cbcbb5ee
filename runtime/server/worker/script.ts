/**
 * Where the callback worker's script comes from. Three cases, in this order:
 *
 * 1. `workerUrl` given (file: or data: URL): used as is. An exporter that bundles
 *    runtime/server/worker/entry.ts into its own file passes its URL.
 * 2. A `worker.mjs` next to the running module: when the exporter bundles the server into
 *    `server.mjs` and this entry into `worker.mjs` beside it, `import.meta.url` of the bundled
 *    code is server.mjs, so the pool finds worker.mjs without any option.
 * 3. Otherwise we are running from TypeScript source (vitest, tsx, the editor in dev): the
 *    entry is bundled in memory with esbuild (d3-dsv and source-map-js inlined) and started
 *    from a data: URL. esbuild is imported lazily under a computed name so a bundle of the
 *    server neither includes it nor needs it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

let built: Promise<URL> | undefined;

export async function resolveWorkerUrl(workerUrl?: URL): Promise<URL> {
  if (workerUrl) return workerUrl;
  const beside = besideThisModule('./worker.mjs');
  if (beside && existsSync(beside)) return pathToFileURL(beside);
  built ??= buildFromSource().catch((err: unknown) => {
    built = undefined;
    throw err;
  });
  return built;
}

/** A file path next to this module, or undefined where import.meta.url is not a file URL (e.g. a CommonJS bundle). */
function besideThisModule(relative: string): string | undefined {
  try {
    const url = new URL(relative, import.meta.url);
    return url.protocol === 'file:' ? fileURLToPath(url) : undefined;
  } catch {
    return undefined;
  }
}

async function buildFromSource(): Promise<URL> {
  const entry = besideThisModule('./entry.ts');
  if (!entry || !existsSync(entry)) {
    throw new Error(
      'cannot find the callback worker script: pass `workerUrl` to createAppServer, or place worker.mjs (runtime/server/worker/entry.ts bundled) beside the server bundle',
    );
  }
  const esbuildName = 'esbuild';
  const esbuild = (await import(esbuildName)) as typeof import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].text;
  return new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
