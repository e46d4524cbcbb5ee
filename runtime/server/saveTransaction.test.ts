import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProjectFolder, saveProjectFolder } from './projectFolder';
import { commitFiles, finishPendingSave, JOURNAL_DIR, readCommitted } from './saveTransaction';
import { savedState } from './crashSaves';
import { tempDir } from './testkit';

const dirs: string[] = [];
async function dir(): Promise<string> {
  const d = await tempDir();
  dirs.push(d);
  return d;
}
afterAll(() => Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true }))));

/** A folder at save 1 (double, more1) with a crashed save 2 (double, more1, more2): committed or not. */
async function crashedSave(journal: boolean): Promise<string> {
  const d = await dir();
  const one = savedState(1, 0);
  await saveProjectFolder(d, one.project, one.callbacks);
  const two = savedState(2, 0);
  const staged = path.join(d, JOURNAL_DIR);
  await fs.mkdir(staged);
  await fs.writeFile(path.join(staged, '0.staged'), two.callbacks.double!);
  await fs.writeFile(path.join(staged, '1.staged'), two.callbacks.more1!);
  await fs.writeFile(path.join(staged, '2.staged'), two.callbacks.more2!);
  await fs.writeFile(path.join(staged, '3.staged'), `${JSON.stringify(two.project, null, 2)}\n`);
  const writes = ['callbacks/double.ts', 'callbacks/more1.ts', 'callbacks/more2.ts', 'dashwright.json'].map((p, i) => ({ path: p, staged: `${i}.staged` }));
  const entries = { writes, removes: [] };
  await fs.writeFile(path.join(staged, journal ? 'journal.json' : 'journal.json.pending'), JSON.stringify(entries));
  // The crash came after the first module was moved into place.
  if (journal) await fs.rename(path.join(staged, '0.staged'), path.join(d, 'callbacks', 'double.ts'));
  return d;
}

const nameOf = async (d: string) => {
  const loaded = await loadProjectFolder(d);
  return loaded.ok ? [loaded.project.name, Object.keys(loaded.callbacks).sort().join()] : loaded.message;
};

describe('save transaction', () => {
  it('reads a committed save through its journal, without writing, and finishes it on the next open', async () => {
    const d = await crashedSave(true);
    expect(await nameOf(d)).toEqual(['save 2', 'double,more1,more2']);
    expect(await fs.readdir(path.join(d, JOURNAL_DIR))).toContain('journal.json');
    expect(await fs.readdir(path.join(d, 'callbacks'))).not.toContain('more2.ts');
    expect(await finishPendingSave(d)).toBe('replayed');
    expect((await fs.readdir(d)).sort()).toEqual(['callbacks', 'dashwright.json']);
    expect(await nameOf(d)).toEqual(['save 2', 'double,more1,more2']);
  });

  it('drops a save that crashed before its commit: the project stays as it was', async () => {
    const d = await crashedSave(false);
    expect(await nameOf(d)).toEqual(['save 1', 'double,more1']);
    expect(await finishPendingSave(d)).toBe('discarded');
    expect((await fs.readdir(d)).sort()).toEqual(['callbacks', 'dashwright.json']);
    expect(await nameOf(d)).toEqual(['save 1', 'double,more1']);
  });

  it('a save after a crash first finishes the committed one', async () => {
    const d = await crashedSave(true);
    const three = savedState(3, 0);
    const result = await saveProjectFolder(d, three.project, three.callbacks);
    expect(result.written.at(-1)).toBe('dashwright.json');
    expect(await nameOf(d)).toEqual(['save 3', 'double,more1,more2,more3']);
    expect(await fs.readdir(d)).not.toContain(JOURNAL_DIR);
  });

  it('removes temporary files older saves left beside the manifest and in callbacks/', async () => {
    const d = await dir();
    const one = savedState(1, 0);
    await saveProjectFolder(d, one.project, one.callbacks);
    for (const leftover of ['dashwright.json.1a2b3c4d', 'callbacks/double.ts.9f8e7d', 'callbacks/more1.ts.00c0ffee']) await fs.writeFile(path.join(d, leftover), 'x');
    await fs.writeFile(path.join(d, 'callbacks', 'helper.ts'), 'export const x = 1;\n');
    await finishPendingSave(d);
    expect((await fs.readdir(d)).sort()).toEqual(['callbacks', 'dashwright.json']);
    expect((await fs.readdir(path.join(d, 'callbacks'))).sort()).toEqual(['double.ts', 'helper.ts', 'more1.ts']);
  });

  it('commits writes and removals together, and reads them back', async () => {
    const d = await dir();
    await fs.writeFile(path.join(d, 'old.txt'), 'old');
    await commitFiles(d, [{ path: 'a/b.txt', text: 'B' }], ['old.txt']);
    const read = await readCommitted(d);
    expect([await read('a/b.txt'), await read('old.txt')]).toEqual(['B', undefined]);
    expect((await fs.readdir(d)).sort()).toEqual(['a']);
  });
});
