import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startProjectServer } from './projectServer';

const ROOT = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'dw-serve-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dashwright serve', { timeout: 60_000 }, () => {
  it('refuses a project that validate rejects, listing its problems, as export does', async () => {
    const dir = join(tmp, 'unwired');
    cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8')) as { callbacks: Array<{ inputs: Array<{ id: string }> }> };
    manifest.callbacks[0].inputs[0].id = 'missing';
    writeFileSync(join(dir, 'dashwright.json'), JSON.stringify(manifest));
    await expect(startProjectServer(dir, { port: 0, host: '127.0.0.1' })).rejects.toThrow(/the project has problems; fix them before serving it:\n.*missing/);
  });
});
