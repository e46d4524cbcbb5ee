import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbUnavailable, SAMPLE_SELECT, writeParquet } from '../parquetFixture';
import { DataFolder } from './data';

const unavailable = await duckdbUnavailable();

describe.skipIf(unavailable !== null)(`ctx.data.parquet and ctx.data.sql${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let dir: string;
  let data: string;
  let folder: DataFolder;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dw-parquet-'));
    data = path.join(dir, 'data');
    await mkdir(data);
    await writeParquet(path.join(data, 'sales.parquet'), SAMPLE_SELECT);
    await writeParquet(path.join(dir, 'secret.parquet'), 'select 42 as secret');
    await writeFile(path.join(data, 'regions.csv'), 'region,name\nr1,North\nr2,South\n');
    folder = new DataFolder(data);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a Parquet file as frozen rows: integers and DECIMAL as numbers, DATE and TIMESTAMP as Date, a BIGINT past 2^53 as text', async () => {
    const rows = await folder.api().parquet('sales.parquet');
    expect(rows).toHaveLength(5);
    const row = rows[1]!;
    expect(row).toMatchObject({ id: 1, region: 'r1', value: 1.5, big: 1000000, price: 1.25, maybe: 1, even: false, pair: [1, 2] });
    expect(rows[0]!.maybe).toBeNull();
    expect(row.day).toBeInstanceOf(Date);
    expect((row.day as Date).toISOString()).toBe('2024-01-02T00:00:00.000Z');
    expect((row.at as Date).toISOString()).toBe('2024-01-01T11:30:00.000Z');
    expect(row.huge).toBe('9007199254740994');
    expect(Object.isFrozen(row)).toBe(true);
    expect(Object.isFrozen(row.pair)).toBe(true);
    // The array is the caller's: sorting it in place is allowed.
    rows.sort((a, b) => (b.id as number) - (a.id as number));
    expect((await folder.api().parquet('sales.parquet'))[0]!.id).toBe(0);
  });

  it('parses a file once, and again when it changes', async () => {
    const first = await folder.api().parquet('sales.parquet');
    const again = await folder.api().parquet('sales.parquet');
    expect(again[0]).toBe(first[0]);
    const file = path.join(data, 'sales.parquet');
    await writeParquet(file, 'select 7 as id');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect(await folder.api().parquet('sales.parquet')).toEqual([{ id: 7 }]);
    await writeParquet(file, SAMPLE_SELECT);
  });

  it('runs a SELECT over the files of data/, with parameters', async () => {
    const rows = await folder.api().sql(
      "select s.region, r.name, sum(s.value) as total, count(*) as n from 'sales.parquet' s join read_csv('regions.csv') r using (region) where s.id >= $1 group by all order by s.region",
      [1],
    );
    expect(rows).toEqual([
      { region: 'r1', name: 'North', total: 1.5, n: 1 },
      { region: 'r2', name: 'South', total: 3, n: 1 },
    ]);
    expect(await folder.api().sql('select count(*) as n from read_parquet([\'sales.parquet\']) where region = $region', { region: 'r3' })).toEqual([{ n: 1 }]);
  });

  it('refuses a file outside data/, by a relative name, an absolute one or a link', async () => {
    const api = folder.api();
    await expect(api.parquet('../secret.parquet')).rejects.toThrow(/refused, the name leads outside the data\/ folder/);
    await expect(api.sql("select * from '../secret.parquet'")).rejects.toThrow(/refused, the file name '..\/secret.parquet' leads outside the data\/ folder/);
    await expect(api.sql(`select * from '${path.join(dir, 'secret.parquet')}'`)).rejects.toThrow(/refused/);
    await expect(api.sql(`select * from read_parquet($1)`, [path.join(dir, 'secret.parquet')])).rejects.toThrow(/disabled by configuration/);
    await expect(api.sql("select * from read_text('/etc/hostname')")).rejects.toThrow(/refused/);
    await expect(api.sql("select * from read_text($1)", ['/etc/hostname'])).rejects.toThrow(/disabled by configuration/);
    await symlink(path.join(dir, 'secret.parquet'), path.join(data, 'link.parquet'));
    await expect(api.sql("select * from 'link.parquet'")).rejects.toThrow(/refused/);
    await expect(api.parquet('link.parquet')).rejects.toThrow(/refused/);
    await expect(api.sql(`select * from '${path.join(data, 'link.parquet')}'`)).rejects.toThrow(/refused/);
    await symlink(dir, path.join(data, 'up'));
    await expect(api.sql("select * from glob('up/*')")).rejects.toThrow(/refused, the file name 'up\/\*' leads outside/);
    await expect(api.sql("select count(*) as n from glob('*.parquet')")).resolves.toEqual([{ n: 2 }]);
  });

  it('refuses anything but one SELECT: COPY … TO, ATTACH, INSTALL, LOAD, SET, several statements', async () => {
    const api = folder.api();
    await expect(api.sql("COPY (select 1) TO 'out.csv'")).rejects.toThrow(/refused, only SELECT queries read data\/ \(COPY is not allowed/);
    await expect(api.sql("copy (select * from 'sales.parquet') to '/tmp/out.parquet'")).rejects.toThrow(/refused/);
    await expect(api.sql("ATTACH 'db.duckdb'")).rejects.toThrow(/ATTACH is not allowed/);
    await expect(api.sql('INSTALL httpfs')).rejects.toThrow(/INSTALL is not allowed/);
    await expect(api.sql('LOAD httpfs')).rejects.toThrow(/LOAD is not allowed/);
    await expect(api.sql("SET enable_external_access = true")).rejects.toThrow(/SET is not allowed/);
    await expect(api.sql("select 1; copy (select 1) to 'x.csv'")).rejects.toThrow(/one SELECT statement/);
    await expect(api.sql("select * from 'https://example.com/x.parquet'")).rejects.toThrow(/disabled by configuration/);
    await expect(api.sql('')).rejects.toThrow(/non-empty/);
  });

  it('keeps DuckDB within its memory and thread limits', async () => {
    const [row] = await folder.api().sql("select current_setting('threads') as threads, current_setting('memory_limit') as memory, current_setting('enable_external_access') as external, current_setting('lock_configuration') as locked");
    expect(row).toMatchObject({ threads: 2, external: false, locked: true });
    expect(String(row!.memory)).toMatch(/MiB|MB/);
  });
});

describe('without a data folder', () => {
  it('says so', async () => {
    await expect(new DataFolder(undefined).api().sql('select 1')).rejects.toThrow(/no data\/ folder/);
  });
});
