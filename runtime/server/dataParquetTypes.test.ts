import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typecheckCallbacks } from '../../export/typecheck';
import { createCatalog } from '../components/catalog';
import { sqlQueriesIn } from '../graph/sqlQueries';
import type { Project } from '../schema/project';
import { previewDataFile } from './dataFiles';
import { readDataTypes } from './dataTypes';
import { duckdbUnavailable, SAMPLE_SELECT, writeParquet } from './parquetFixture';

const unavailable = await duckdbUnavailable();
const catalog = createCatalog();

const QUERY = "select region, sum(value) as total, max(day) as last from 'sales.parquet' group by region";

const project: Project = {
  format: 'dashwright',
  version: 1,
  name: 'Parquet',
  layout: { cols: 12, rowHeight: 40 },
  components: [
    { id: 'n', type: 'slider', props: {}, grid: { x: 0, y: 0, w: 4, h: 2 } },
    { id: 'out', type: 'text', props: {}, grid: { x: 4, y: 0, w: 4, h: 2 } },
  ],
  values: [],
  callbacks: [{ id: 'show', inputs: [{ id: 'n', prop: 'value', as: 'n' }], state: [], outputs: [{ id: 'out', prop: 'text', as: 'text' }], placement: 'server' }],
};

describe('literal ctx.data.sql queries in callback sources', () => {
  it('finds string and template literals, unescaped, and skips queries built at run time', () => {
    const source = [
      "await ctx.data.sql('select 1 as a');",
      'await ctx.data.sql("select \\"x\\" from \'t.parquet\'", [1]);',
      'await ctx.data.sql(`select *\n  from \'t.parquet\'`);',
      'await ctx.data.sql(`select ${col} from t`);',
      'await ctx.data.sql(query);',
      "await data.sql<Row>('select 2 as b')",
    ].join('\n');
    expect(sqlQueriesIn([source])).toEqual(['select "x" from \'t.parquet\'', "select *\n  from 't.parquet'", 'select 1 as a', 'select 2 as b']);
  });
});

describe.skipIf(unavailable !== null)(`Parquet and SQL types and the Data panel${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dw-parquet-types-'));
    await mkdir(path.join(dir, 'data'));
    await writeParquet(path.join(dir, 'data', 'sales.parquet'), SAMPLE_SELECT);
    await writeParquet(path.join(dir, 'data', 'many.parquet'), "select i::integer as n, 'x' || i as label from range(250) t(i)");
    await writeFile(path.join(dir, 'data', 'broken.parquet'), 'not parquet');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('types ctx.data.parquet from the schema (a column with nulls is `| null`) and a literal query from its result columns', async () => {
    const types = await readDataTypes(path.join(dir, 'data'), { queries: [QUERY, 'select * from nowhere'] });
    expect(types.map((t) => [t.name, t.kind])).toEqual([
      ['many.parquet', 'parquet'],
      ['sales.parquet', 'parquet'],
      [QUERY, 'sql'],
    ]);
    expect(types[1]!.tsType).toBe(
      'Array<{ id: number; region: string; value: number; day: Date; at: Date; big: number; huge: number; price: number; maybe: number | null; even: boolean; pair: Array<number> }>',
    );
    expect(types[2]!.tsType).toBe('Array<{ region: string; total: number; last: Date }>');
  });

  it('checks callbacks against those types: a literal query and a file have their row types, another query has unknown fields', async () => {
    const data = await readDataTypes(path.join(dir, 'data'), { queries: [QUERY] });
    const good = `export default async function show({ n }: Inputs, ctx: Ctx): Promise<string> {
  const rows = await ctx.data.parquet('sales.parquet');
  const totals = await ctx.data.sql(${JSON.stringify(QUERY)});
  const other = await ctx.data.sql('select 1 as x where ' + n);
  return rows[0]!.day.toISOString() + rows[0]!.region.toUpperCase() + totals[0]!.last.getFullYear() + totals[0]!.total.toFixed(1) + String(other[0]!.x) + String(rows[0]!.maybe ?? 0);
}
`;
    const problems = (source: string) => typecheckCallbacks(project, { show: source }, catalog, undefined, data).map((p) => p.message);
    expect(problems(good)).toEqual([]);
    const bad = good.replace('rows[0]!.region.toUpperCase()', 'rows[0]!.region.toFixed()').replace('totals[0]!.total.toFixed(1)', 'totals[0]!.region.getTime()');
    const found = problems(bad).join('\n');
    expect(found).toMatch(/Property 'toFixed' does not exist on type 'string'/);
    expect(found).toMatch(/Property 'getTime' does not exist on type 'string'/);
    expect(problems(good.replace('rows[0]!.maybe ?? 0', 'rows[0]!.maybe.toFixed()')).join('\n')).toMatch(/possibly 'null'/);
  });

  it('previews a Parquet file: its first 100 rows, row count and column types', async () => {
    const p = await previewDataFile(path.join(dir, 'data'), 'many.parquet');
    expect(p).toMatchObject({ name: 'many.parquet', kind: 'parquet', rowCount: 250 });
    expect(p.rows).toHaveLength(100);
    expect(p.rows[3]).toEqual({ n: 3, label: 'x3' });
    expect(p.columns).toEqual([{ name: 'n', type: 'number' }, { name: 'label', type: 'string' }]);
    const sales = await previewDataFile(path.join(dir, 'data'), 'sales.parquet');
    expect(sales.rows[1]).toMatchObject({ day: '2024-01-02', at: '2024-01-01T11:30:00.000Z', maybe: 1, pair: [1, 2], huge: '9007199254740994' });
    expect(sales.columns.find((c) => c.name === 'maybe')).toEqual({ name: 'maybe', type: 'number | null' });
    await expect(previewDataFile(path.join(dir, 'data'), 'broken.parquet')).rejects.toThrow(/broken.parquet cannot be read as Parquet/);
  });
});
