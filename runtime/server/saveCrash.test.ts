import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedState, whichSave } from './crashSaves';
import { loadProjectFolder, saveProjectFolder } from './projectFolder';
import { finishPendingSave, JOURNAL_DIR } from './saveTransaction';
import { tempDir } from './testkit';

// DESIGN §6: a save is atomic. A real child process saves state after state in a loop and is
// killed with SIGKILL while it does; the folder must then hold one whole save, never a mix.

const KILLS = 50;
let work: string;
let saver: string;

beforeAll(async () => {
  work = await tempDir('dw-save-crash-');
  saver = await bundleLoopingSaver(work);
});
afterAll(() => fs.rm(work, { recursive: true, force: true }));

async function loadedSave(dir: string): Promise<number> {
  const loaded = await loadProjectFolder(dir);
  if (!loaded.ok) throw new Error(`the folder does not load: ${loaded.message}`);
  expect(loaded.problems).toEqual([]);
  const which = whichSave(loaded.project, loaded.callbacks);
  if ('mixed' in which) throw new Error(`a mixed project: ${which.mixed}`);
  return which.k;
}

/**
 * Starts the saver at save `from`; kills it with SIGKILL `delayMs` after it reports save
 * `killAfter` done (the delay only spreads the kills over the phases of the next save; nothing
 * is asserted about time). Returns the last save it reported done.
 */
function runAndKill(dir: string, from: number, killAfter: number, delayMs: number): Promise<number> {
  const child = spawn(process.execPath, [saver, dir, String(from)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let last = from - 1;
  let killing = false;
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const match of out.matchAll(/saved (\d+)\n/g)) last = Math.max(last, Number(match[1]));
      if (last < killAfter || killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`the saver exited by itself (${code}): ${err}`));
    });
  });
}

describe('saving: a crash between saves leaves one whole save', () => {
  it(`${KILLS} kill -9 during saves leave only saved states, and leftovers are cleaned`, async () => {
    const dir = path.join(work, 'project');
    const first = savedState(0);
    await saveProjectFolder(dir, first.project, first.callbacks);
    let next = 1;
    let midSave = 0;
    for (let i = 0; i < KILLS; i++) {
      const done = await runAndKill(dir, next, next + (i % 3), (i * 7) % 31);
      // Kills landed inside a save: its journal is there.
      if (await fs.stat(path.join(dir, JOURNAL_DIR)).then(() => true, () => false)) midSave++;
      const k = await loadedSave(dir);
      // Never a save that was not made, never one older than the last one reported done.
      expect(k).toBeGreaterThanOrEqual(done);
      expect(k).toBeLessThanOrEqual(done + 1);
      // The next open (here, every other time) or save finishes or drops what the crash left.
      if (i % 2 === 0) {
        await finishPendingSave(dir);
        expect(await fs.readdir(dir)).toEqual(expect.not.arrayContaining([JOURNAL_DIR]));
        expect(await loadedSave(dir)).toBe(k);
      }
      next = k + 1;
    }
    expect(midSave).toBeGreaterThan(0);
    await finishPendingSave(dir);
    const k = await loadedSave(dir);
    expect((await fs.readdir(dir)).sort()).toEqual(['callbacks', 'dashwright.json']);
    expect((await fs.readdir(path.join(dir, 'callbacks'))).sort()).toEqual(Object.keys(savedState(k).callbacks).map((id) => `${id}.ts`).sort());
  }, 300_000);
});

/** A child script (plain node, bundled with esbuild) that saves savedState(k), k = from, from + 1, …, printing "saved k" after each. */
async function bundleLoopingSaver(d: string): Promise<string> {
  const { build } = await import('esbuild');
  const here = (file: string) => JSON.stringify(fileURLToPath(new URL(file, import.meta.url)));
  const entry = path.join(d, 'looping-saver.ts');
  await fs.writeFile(
    entry,
    `import { savedState } from ${here('./crashSaves.ts')};
import { saveProjectFolder } from ${here('./projectFolder.ts')};
const dir = process.argv[2];
for (let k = Number(process.argv[3]); ; k++) {
  const { project, callbacks } = savedState(k);
  await saveProjectFolder(dir, project, callbacks);
  process.stdout.write('saved ' + k + '\\n');
}
`,
  );
  const out = path.join(d, 'looping-saver.mjs');
  await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' });
  return out;
}
