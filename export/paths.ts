import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The Dashwright package folder (where package.json names "dashwright"). Found by walking up,
 * so it is right from TypeScript source, from the CLI and from the bundled Electron main.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'dashwright') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the dashwright package folder');
    dir = parent;
  }
}
