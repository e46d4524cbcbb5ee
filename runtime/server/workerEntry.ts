import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the callback worker's TypeScript entry. An exporter bundles it into
 * `worker.mjs` beside `server.mjs` (found automatically), or passes its URL as `workerUrl`.
 */
export function workerEntryPath(): string {
  return fileURLToPath(new URL('./worker/entry.ts', import.meta.url));
}
