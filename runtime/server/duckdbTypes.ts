/**
 * The host's own reads of a data folder with DuckDB (duckdb.ts): the TypeScript types of Parquet
 * files and literal SQL queries, and one confined connection per open folder for the Data panel.
 */
import path from 'node:path';
import type { DuckDBPreparedStatement, DuckDBType } from '@duckdb/node-api';
import { openConfined, prepareSelect, runSelect, type Confined, type DuckDb } from './duckdb';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (name: string): string => (IDENT.test(name) ? name : JSON.stringify(name));

/** The TypeScript type of a value of `type` as ctx.data gives it (rowConverter). */
export function duckTsType(duck: DuckDb, type: DuckDBType, depth = 0): string {
  if (depth > 6) return 'unknown';
  const id = duck.DuckDBTypeId;
  const t = type as DuckDBType & Record<string, unknown>;
  switch (type.typeId) {
    case id.BOOLEAN:
      return 'boolean';
    case id.TINYINT: case id.SMALLINT: case id.INTEGER: case id.BIGINT: case id.HUGEINT: case id.UTINYINT: case id.USMALLINT:
    case id.UINTEGER: case id.UBIGINT: case id.UHUGEINT: case id.BIGNUM: case id.FLOAT: case id.DOUBLE: case id.DECIMAL:
      return 'number';
    case id.VARCHAR: case id.UUID: case id.TIME: case id.TIME_TZ: case id.TIME_NS: case id.INTERVAL:
      return 'string';
    case id.ENUM: {
      const values = t.values as readonly string[];
      return values.length > 0 && values.length <= 50 ? values.map((v) => JSON.stringify(v)).join(' | ') : 'string';
    }
    case id.DATE: case id.TIMESTAMP: case id.TIMESTAMP_S: case id.TIMESTAMP_MS: case id.TIMESTAMP_NS: case id.TIMESTAMP_TZ:
      return 'Date';
    case id.BLOB: case id.BIT: case id.GEOMETRY:
      return 'Uint8Array';
    case id.LIST: case id.ARRAY:
      return `Array<${duckTsType(duck, t.valueType as DuckDBType, depth + 1)}>`;
    case id.STRUCT: {
      const names = t.entryNames as readonly string[];
      const types = t.entryTypes as readonly DuckDBType[];
      return names.length === 0 ? 'Record<string, never>' : `{ ${names.map((n, i) => `${key(n)}: ${duckTsType(duck, types[i]!, depth + 1)}`).join('; ')} }`;
    }
    case id.MAP:
      return `Array<{ key: ${duckTsType(duck, t.keyType as DuckDBType, depth + 1)}; value: ${duckTsType(duck, t.valueType as DuckDBType, depth + 1)} }>`;
    case id.SQLNULL:
      return 'null';
    default:
      return 'unknown';
  }
}

export interface ColumnType {
  name: string;
  tsType: string;
}

/** The result columns of a prepared statement, typed. */
function columnsOf(duck: DuckDb, prepared: DuckDBPreparedStatement, nullable: (name: string) => boolean): ColumnType[] {
  const columns: ColumnType[] = [];
  for (let i = 0; i < prepared.columnCount; i++) {
    const name = prepared.columnName(i);
    // DuckDB knows some results only once their parameters are bound (`select $1 as x`): such a query keeps the generic type.
    if (prepared.columnTypeId(i) === duck.DuckDBTypeId.INVALID) throw new Error('the result columns are known only once the parameters are bound');
    const tsType = duckTsType(duck, prepared.columnType(i));
    columns.push({ name, tsType: nullable(name) && tsType !== 'null' && tsType !== 'unknown' ? `${tsType} | null` : tsType });
  }
  return columns;
}

export const rowsTsType = (columns: readonly ColumnType[]): string => `Array<{ ${columns.map((c) => `${key(c.name)}: ${c.tsType}`).join('; ')} }>`;

/** Stops a statement that runs past `ms` (interrupting the connection). */
async function bounded<T>(db: Confined, ms: number, work: () => Promise<T>): Promise<T> {
  const timer = setTimeout(() => db.conn.interrupt(), ms);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The columns of a Parquet file: a column is `T | null` when the file's statistics count nulls
 * in it (or have no count).
 */
export async function parquetColumns(db: Confined, file: string, ms = 5000): Promise<ColumnType[]> {
  return bounded(db, ms, async () => {
    const quoted = db.duck.quotedString(file);
    const stats = await runSelect(db, `select path_in_schema as col, sum(stats_null_count) as nulls, bool_or(stats_null_count is null) as unknown from parquet_metadata(${quoted}) group by all`);
    const nullable = new Set(stats.filter((s) => s.unknown === true || Number(s.nulls) > 0).map((s) => String(s.col)));
    const prepared = await prepareSelect(db, `select * from read_parquet(${quoted})`);
    try {
      return columnsOf(db.duck, prepared, (name) => nullable.has(name));
    } finally {
      prepared.destroySync();
    }
  });
}

/** The result columns of a SELECT, from binding it (the query does not run). */
export async function queryColumns(db: Confined, query: string, ms = 5000): Promise<ColumnType[]> {
  return bounded(db, ms, async () => {
    const prepared = await prepareSelect(db, query);
    try {
      return columnsOf(db.duck, prepared, () => false);
    } finally {
      prepared.destroySync();
    }
  });
}

/** Row count of a Parquet file, from its metadata. */
export async function parquetRowCount(db: Confined, file: string): Promise<number> {
  const [row] = await runSelect(db, `select count(*) as n from read_parquet(${db.duck.quotedString(file)})`);
  return Number(row?.n ?? 0);
}

interface HostDb {
  db: Promise<Confined>;
  /** The last piece of work: a connection runs one statement at a time. */
  tail: Promise<unknown>;
}

const hostConnections = new Map<string, HostDb>();

/**
 * Runs `work` on a confined connection for the host's own reads of a data folder (the Data
 * panel, generated types): one per folder, for the few folders an editor has open, one piece of
 * work at a time.
 */
export function withHostDb<T>(dataDir: string, work: (db: Confined) => Promise<T>): Promise<T> {
  const dir = path.resolve(dataDir);
  let entry = hostConnections.get(dir);
  if (!entry) {
    const db = openConfined(dir, 128);
    entry = { db, tail: Promise.resolve() };
    db.catch(() => hostConnections.delete(dir));
    hostConnections.set(dir, entry);
    while (hostConnections.size > 4) {
      const oldest = hostConnections.keys().next().value as string;
      void hostConnections.get(oldest)?.db.then((old) => old.conn.closeSync(), () => undefined);
      hostConnections.delete(oldest);
    }
  }
  const run = entry.tail.then(async () => work(await entry.db));
  entry.tail = run.catch(() => undefined);
  return run;
}
