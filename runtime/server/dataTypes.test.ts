import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvTsType, jsonTsType, readDataTypes } from './dataTypes';

describe('data file types', () => {
  it('types an array of records from its rows: a key some rows lack is optional', () => {
    expect(jsonTsType([{ year: 1955, country: 'Chad' }, { year: 1960, country: 'Chad', note: null }])).toBe('Array<{ year: number; country: string; note?: null }>');
  });

  it('reads a lookup table (one value type under many keys) as a Record, a config object by its keys', () => {
    expect(jsonTsType({ France: ['Paris', 'Lyon'], Japan: ['Tokyo'], Peru: [] })).toBe('Record<string, Array<string>>');
    expect(jsonTsType({ title: 'Sales', limit: 5, 'max-rows': null })).toBe('{ title: string; limit: number; "max-rows": null }');
  });

  it('types CSV rows as autoType parses them: numbers, booleans, dates, empty cells as null', () => {
    expect(csvTsType('country,year,ok,when,capital\nChad,1990,true,2020-01-01,\nPeru,2000,false,2021-05-02,Lima\n')).toBe(
      'Array<{ country: string; year: number; ok: boolean; when: Date; capital: string | null }>',
    );
  });

  it('lists the JSON and CSV files of a data folder, skipping broken ones and other kinds', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dw-data-'));
    await writeFile(path.join(dir, 'a.json'), '[1, 2]');
    await writeFile(path.join(dir, 'b.csv'), 'x\n1\n');
    await writeFile(path.join(dir, 'broken.json'), '{');
    await writeFile(path.join(dir, 'notes.txt'), 'hi');
    expect(await readDataTypes(dir)).toEqual([
      { name: 'a.json', kind: 'json', tsType: 'Array<number>' },
      { name: 'b.csv', kind: 'csv', tsType: 'Array<{ x: number }>' },
    ]);
    expect(await readDataTypes(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('CSV dates in the generated types', () => {
  it('types a column of spreadsheet dates as Date, as ctx.data.csv reads it', () => {
    expect(csvTsType('day,orders\n03/18/2025,4\n03/19/2025,7\n')).toBe('Array<{ day: Date; orders: number }>');
    expect(csvTsType('when,n\n2025-03-18,1\n,2\n')).toBe('Array<{ when: Date | null; n: number }>');
  });

  it('reads a file again when it changed, and only then', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dw-data-'));
    const file = path.join(dir, 'a.csv');
    await writeFile(file, 'x\n1\n');
    expect((await readDataTypes(dir))[0]?.tsType).toBe('Array<{ x: number }>');
    await writeFile(file, 'x,label\n1,one\n');
    expect((await readDataTypes(dir))[0]?.tsType).toBe('Array<{ x: number; label: string }>');
  });
});
