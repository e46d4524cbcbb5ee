import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { duckdbUnavailable, writeParquet } from './parquetFixture';
import { helloManifest, startApp, type RunningApp } from './testkit';

const unavailable = await duckdbUnavailable();

const source = `export default async function double({ n }: { n: number }, ctx: any): Promise<string> {
  if (n === 1) return JSON.stringify(await ctx.data.sql("select region, sum(amount) as total from 'sales.parquet' group by region order by region"));
  if (n === 2) return JSON.stringify(await ctx.data.sql('select sum(i * i) as s from range(20000000000) t(i)'));
  const rows = await ctx.data.parquet('sales.parquet');
  return rows.map((r: { region: string; day: Date }) => r.region + '@' + r.day.toISOString().slice(0, 10)).join(',');
}
`;

/** DuckDB processes this test process's callback workers started (they are its children). */
function sqlProcesses(): string[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,stat=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('sqlProcess'));
  } catch {
    return [];
  }
}

describe.skipIf(unavailable !== null)(`ctx.data.sql in a running app${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let app: RunningApp;
  beforeAll(async () => {
    const manifest = helloManifest();
    (manifest.callbacks as Record<string, unknown>[])[0]!.timeoutMs = 2000;
    app = await startApp(createCatalog(), { manifest, callbacks: { double: source }, files: { 'data/.keep': '' } }, { workers: 1 });
    await writeParquet(path.join(app.dir, 'data', 'sales.parquet'), "select * from (values ('north', 10.5, date '2024-03-01'), ('south', 2, date '2024-03-02'), ('north', 1, date '2024-03-03')) t(region, amount, day)");
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers a callback that queries and reads a Parquet file', async () => {
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 1 } });
    expect(json.errors).toEqual([]);
    expect(JSON.parse(json.updates['out.text'] as string)).toEqual([
      { region: 'north', total: 11.5 },
      { region: 'south', total: 2 },
    ]);
    const read = await app.post({ changed: ['n.value'], values: { 'n.value': 3 } });
    expect(read.json.updates['out.text']).toBe('north@2024-03-01,south@2024-03-02,north@2024-03-03');
  });

  it('stops a query past the time limit with its worker; the server and the next query carry on, and the stopped DuckDB process exits', async () => {
    const slow = await app.post({ changed: ['n.value'], values: { 'n.value': 2 } });
    expect(slow.json.errors[0]?.message).toMatch(/ran longer than its 2000 ms time limit/);
    const { json } = await app.post({ changed: ['n.value'], values: { 'n.value': 1 } });
    expect(json.errors).toEqual([]);
    // The stopped worker's process sees its channel close (or hears no ping) and kills itself; the new worker's stays.
    await new Promise((r) => setTimeout(r, 1000));
    if (process.platform === 'linux') expect(sqlProcesses()).toHaveLength(1);
  }, 20_000);
});
