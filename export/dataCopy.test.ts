import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyDataFolder } from './dataCopy';

const tmp = mkdtempSync(join(tmpdir(), 'dw-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('copyDataFolder', () => {
  it('copies the file a symbolic link points to, not the link', async () => {
    const outside = join(tmp, 'outside.csv');
    writeFileSync(outside, 'a,b\n1,2\n');
    const data = join(tmp, 'data');
    mkdirSync(join(data, 'sub'), { recursive: true });
    writeFileSync(join(data, 'plain.json'), '[]');
    symlinkSync(outside, join(data, 'sub', 'linked.csv'));
    await copyDataFolder(data, join(tmp, 'out'));
    const copied = join(tmp, 'out', 'sub', 'linked.csv');
    expect(lstatSync(copied).isSymbolicLink()).toBe(false);
    expect(readFileSync(copied, 'utf8')).toBe('a,b\n1,2\n');
    expect(readFileSync(join(tmp, 'out', 'plain.json'), 'utf8')).toBe('[]');
  });

  it('refuses a link that points nowhere, naming it', async () => {
    const data = join(tmp, 'broken');
    mkdirSync(data);
    symlinkSync('/nowhere/at/all.csv', join(data, 'gone.csv'));
    await expect(copyDataFolder(data, join(tmp, 'out2'))).rejects.toThrow('data/gone.csv is a symbolic link to /nowhere/at/all.csv, which does not exist; copy the file into data/ or remove the link');
  });
});
