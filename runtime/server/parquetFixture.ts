/** Test support: Parquet files written by DuckDB (not through the data API), and whether DuckDB loads here at all. */
import { loadDuckdb } from './duckdb';

/** Why DuckDB cannot be used on this machine, or null when it loads (tests skip with this reason). */
export async function duckdbUnavailable(): Promise<string | null> {
  try {
    const duck = await loadDuckdb();
    const instance = await duck.DuckDBInstance.create(':memory:');
    instance.closeSync();
    return null;
  } catch (err) {
    return `the DuckDB binary cannot load: ${(err as Error).message}`;
  }
}

/** Writes the rows of `select` to the Parquet file `file` (an absolute path) with DuckDB's COPY … TO. */
export async function writeParquet(file: string, select: string): Promise<void> {
  const duck = await loadDuckdb();
  const instance = await duck.DuckDBInstance.create(':memory:');
  try {
    const conn = await instance.connect();
    await conn.run(`COPY (${select}) TO ${duck.quotedString(file)} (FORMAT parquet)`);
    conn.closeSync();
  } finally {
    instance.closeSync();
  }
}

/** A small table of every kind of column ctx.data converts. */
export const SAMPLE_SELECT = `select i::integer as id, 'r' || i as region, (i * 1.5)::double as value,
  (date '2024-01-01' + i::integer) as day, timestamp '2024-01-01 10:30:00' + to_hours(i::integer) as at,
  (i * 1000000)::bigint as big, 9007199254740993::bigint + i as huge, (i + 0.25)::decimal(10, 2) as price,
  case when i % 2 = 0 then null else i::integer end as maybe, i % 2 = 0 as even, [i::integer, i::integer + 1] as pair
  from range(5) t(i)`;
