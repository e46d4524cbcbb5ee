import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { helloManifest, startApp, tempDir } from './testkit';

// Graceful shutdown (DESIGN §8) of the app server itself; export/shutdown.test.ts runs it on a real exported server.
describe('shutdown', () => {
  it('lets a background job in progress finish before closing, and answers /readyz 503 meanwhile', async () => {
    const marks = await tempDir('dw-shutdown-marks-');
    const marker = join(marks, 'done.txt');
    const manifest = helloManifest();
    (manifest.callbacks as Array<Record<string, unknown>>)[0].background = true;
    (manifest.callbacks as Array<Record<string, unknown>>)[0].preventInitialCall = true;
    const slow = `import { writeFileSync } from 'node:fs';\nexport default async function double({ n }: { n: number }): Promise<string> {\n  await new Promise((r) => setTimeout(r, 300));\n  writeFileSync(${JSON.stringify(marker)}, 'finished');\n  return \`twice \${n} is \${n * 2}\`;\n}\n`;
    const app = await startApp(createCatalog(), { manifest, callbacks: { double: slow } }, { workers: 1, backgroundWorkers: 1 });
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 2 } });
    expect(json.background).toHaveLength(1);
    // New connections are still taken for delayMs: long enough for the two probes below.
    const stopping = app.server.shutdown({ delayMs: 2000, graceMs: 10_000 });
    expect((await app.get('/readyz')).status).toBe(503);
    expect((await app.get('/healthz')).status).toBe(200);
    expect(await stopping).toBe(true);
    expect(existsSync(marker) && readFileSync(marker, 'utf8')).toBe('finished');
    await app.close();
    rmSync(marks, { recursive: true, force: true });
  }, 30_000);

  it('stops waiting at the grace and says so', async () => {
    const manifest = helloManifest();
    (manifest.callbacks as Array<Record<string, unknown>>)[0].background = true;
    (manifest.callbacks as Array<Record<string, unknown>>)[0].preventInitialCall = true;
    const never = 'export default async function double(): Promise<string> {\n  return new Promise(() => {});\n}\n';
    const app = await startApp(createCatalog(), { manifest, callbacks: { double: never } }, { workers: 1, backgroundWorkers: 1 });
    await app.post({ changed: ['n.value'], values: { 'n.value': 2 } });
    expect(await app.server.shutdown({ delayMs: 0, graceMs: 300 })).toBe(false);
    expect(app.logs.some((l) => l.includes('background call(s) still running after 300 ms'))).toBe(true);
    await app.close();
  }, 30_000);
});
