import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError, importDataFiles, PREVIEW_ROWS, previewDataFile } from './dataFiles';

describe('data/ files for the Data panel', () => {
  it('imports files under their own names and refuses paths and hidden names', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'dw-data-')), 'data');
    expect(await importDataFiles(dir, [{ name: 'a.csv', base64: Buffer.from('x,y\n1,2\n').toString('base64') }])).toEqual(['a.csv']);
    expect(await readFile(path.join(dir, 'a.csv'), 'utf8')).toBe('x,y\n1,2\n');
    await expect(importDataFiles(dir, [{ name: '../escape.csv', base64: '' }])).rejects.toBeInstanceOf(DataFileError);
    await expect(importDataFiles(dir, [{ name: '.env', base64: '' }])).rejects.toThrow(/hidden/);
  });

  it('previews a CSV: row count, column types, the first rows with dates as days', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dw-data-'));
    const lines = ['day,n,label', ...Array.from({ length: 150 }, (_, i) => `2025-01-${String((i % 28) + 1).padStart(2, '0')},${i},${i % 2 ? 'odd' : 'even'}`)];
    await writeFile(path.join(dir, 'big.csv'), `${lines.join('\n')}\n`);
    const p = await previewDataFile(dir, 'big.csv');
    expect(p.rowCount).toBe(150);
    expect(p.rows).toHaveLength(PREVIEW_ROWS);
    expect(p.columns).toEqual([{ name: 'day', type: 'Date' }, { name: 'n', type: 'number' }, { name: 'label', type: 'string' }]);
    expect(p.rows[0]).toEqual({ day: '2025-01-01', n: 0, label: 'even' });
  });

  it('previews a JSON array of objects as a table, other JSON as text, and says what is wrong with bad JSON', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dw-data-'));
    await writeFile(path.join(dir, 'rows.json'), JSON.stringify([{ a: 1 }, { a: 2, b: 'x' }]));
    await writeFile(path.join(dir, 'map.json'), JSON.stringify({ fr: 'Paris' }));
    await writeFile(path.join(dir, 'bad.json'), '{ nope');
    expect(await previewDataFile(dir, 'rows.json')).toMatchObject({ rowCount: 2, columns: [{ name: 'a', type: 'number' }, { name: 'b', type: 'string | null' }] });
    expect((await previewDataFile(dir, 'map.json')).text).toContain('"fr": "Paris"');
    await expect(previewDataFile(dir, 'bad.json')).rejects.toThrow(/not valid JSON/);
  });
});
