import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildClientAssets } from '../runtime/client/build';
import { contentTypeOf } from './contentTypes';
import { packageRoot } from './paths';

export type AssetFiles = Map<string, { body: Buffer; contentType: string }>;

let cached: Promise<AssetFiles> | undefined;

/**
 * The browser bundle of an app. From source (CLI, tests) it is built once per process with
 * esbuild; the packaged Electron app, which has no sources to build from, reads dist/client.
 */
export function loadClientAssets(): Promise<{ files: AssetFiles }> {
  cached ??= process.versions.electron ? readBuilt(join(packageRoot(), 'dist', 'client')) : buildClientAssets();
  const pending = cached;
  pending.catch(() => {
    if (cached === pending) cached = undefined;
  });
  return pending.then((files) => ({ files }));
}

async function readBuilt(dir: string): Promise<AssetFiles> {
  const files: AssetFiles = new Map();
  for (const name of await readdir(dir)) {
    files.set(name, { body: await readFile(join(dir, name)), contentType: contentTypeOf(name) });
  }
  return files;
}
