import { promises as fs } from 'node:fs';
import path from 'node:path';
import { csvColumns, csvRows } from '../callbacks/csv';
import type { DataFileType } from '../graph/callbackTypes';
import { parquetColumns, queryColumns, rowsTsType, withHostDb } from './duckdbTypes';

/** Files larger than this are not read to infer a type (their reader keeps the generic one). */
const MAX_BYTES = 20 * 1024 * 1024;
/** Array elements and CSV rows looked at. */
const SAMPLE = 1000;
const MAX_DEPTH = 6;
/** A type longer than this is not worth showing: the file keeps the generic reader. */
const MAX_TYPE_CHARS = 20_000;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (name: string): string => (IDENT.test(name) ? name : JSON.stringify(name));

function union(types: Iterable<string>): string {
  const unique = [...new Set(types)];
  if (unique.length === 0) return 'never';
  if (unique.includes('unknown')) return 'unknown';
  return unique.sort((a, b) => Number(a === 'null') - Number(b === 'null')).join(' | ');
}

/** Merges the object shapes of `objects`: a key some lack is optional; its types are joined. */
function objectType(objects: Record<string, unknown>[], depth: number): string {
  const keys = new Map<string, unknown[]>();
  for (const o of objects) for (const [k, v] of Object.entries(o)) keys.set(k, [...(keys.get(k) ?? []), v]);
  if (keys.size === 0) return 'Record<string, never>';
  const fields = [...keys].map(([k, values]) => `${key(k)}${values.length < objects.length ? '?' : ''}: ${typeOfValues(values, depth + 1)}`);
  return `{ ${fields.join('; ')} }`;
}

function typeOfValues(values: unknown[], depth: number): string {
  if (depth > MAX_DEPTH) return 'unknown';
  const objects: Record<string, unknown>[] = [];
  const arrays: unknown[][] = [];
  const others = new Set<string>();
  for (const v of values) {
    if (v === null) others.add('null');
    else if (Array.isArray(v)) arrays.push(v);
    else if (v instanceof Date) others.add('Date');
    else if (typeof v === 'object') objects.push(v as Record<string, unknown>);
    else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') others.add(typeof v);
    else others.add('unknown');
  }
  const parts = [...others];
  if (arrays.length > 0) parts.push(`Array<${typeOfValues(arrays.flatMap((a) => a.slice(0, SAMPLE)).slice(0, SAMPLE * 4), depth + 1)}>`);
  if (objects.length > 0) parts.push(recordOrObject(objects, depth));
  return union(parts);
}

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * A lookup table (3 or more keys whose values are all of one kind, e.g. country → cities) reads
 * as a Record of their merged type, so indexing it with a string from a dropdown type-checks;
 * other objects keep their keys.
 */
function recordOrObject(objects: Record<string, unknown>[], depth: number): string {
  if (objects.length === 1) {
    const values = Object.values(objects[0]);
    if (values.length >= 3 && new Set(values.map(kindOf)).size === 1) return `Record<string, ${typeOfValues(values, depth + 1)}>`;
  }
  return objectType(objects.slice(0, SAMPLE), depth);
}

/** Each column's TypeScript type in `rows` (as the Data panel lists them). */
export function columnTsTypes(rows: readonly Record<string, unknown>[], columns: readonly string[]): string[] {
  const sample = rows.slice(0, SAMPLE);
  return columns.map((c) => typeOfValues(sample.map((r) => r[c] ?? null), 1));
}

/** The TypeScript type of a parsed JSON file, inferred from its content (arrays sampled). */
export function jsonTsType(value: unknown): string {
  return typeOfValues([value], 0);
}

/** The TypeScript type of ctx.data.csv(name): rows typed as csvRows makes them. */
export function csvTsType(text: string): string {
  // The sample is read exactly as ctx.data.csv reads the file (dates included).
  const columns = csvColumns(text);
  const sample = csvRows(text).slice(0, SAMPLE);
  const fields = columns.map((c) => `${key(c)}: ${typeOfValues(sample.map((r) => r[c] ?? null), 1)}`);
  return `Array<{ ${fields.join('; ')} }>`;
}

export interface ReadDataTypesOptions {
  /** Literal ctx.data.sql queries of the callbacks (sqlQueriesIn): each is typed from its result columns. */
  queries?: readonly string[];
}

/**
 * The types of the JSON, CSV and Parquet files in a data/ folder (none when it does not exist),
 * then of the literal SQL queries given (kind "sql", named by the query). A Parquet file or
 * query DuckDB cannot read or bind (or where DuckDB is not installed) keeps the generic type.
 */
export async function readDataTypes(dataDir: string, options: ReadDataTypesOptions = {}): Promise<DataFileType[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dataDir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  } catch {
    return [];
  }
  const found: DataFileType[] = [];
  const stamps: string[] = [];
  for (const name of names) {
    const kind = name.endsWith('.json') ? 'json' : name.endsWith('.csv') ? 'csv' : name.endsWith('.parquet') ? 'parquet' : undefined;
    if (!kind) continue;
    const file = path.join(dataDir, name);
    let stamp: string;
    try {
      const stat = await fs.stat(file);
      if (kind !== 'parquet' && stat.size > MAX_BYTES) continue;
      stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch {
      continue;
    }
    stamps.push(`${name}\u0000${stamp}`);
    // The Data panel asks every few seconds: a file that did not change is not read again.
    const tsType = await typed.get(`${file}\u0000${stamp}`, async () => {
      if (kind === 'parquet') return parquetTsType(dataDir, name).catch(() => undefined);
      try {
        const text = await fs.readFile(file, 'utf8');
        return kind === 'json' ? jsonTsType(JSON.parse(text)) : csvTsType(text);
      } catch {
        return undefined; // Not valid JSON or CSV: its reader keeps the generic type, and reading it reports the error.
      }
    });
    if (tsType !== undefined && tsType.length <= MAX_TYPE_CHARS) found.push({ name, kind, tsType });
  }
  const folder = stamps.join('\u0001');
  for (const query of new Set(options.queries ?? [])) {
    const tsType = await typed.get(`${dataDir}\u0000${folder}\u0000${query}`, () => sqlTsType(dataDir, query).catch(() => undefined));
    if (tsType !== undefined && tsType.length <= MAX_TYPE_CHARS) found.push({ name: query, kind: 'sql', tsType });
  }
  return found;
}

/** Types already worked out, by file (or query) and the files' mtime, size and inode; bounded. */
const typed = (() => {
  const entries = new Map<string, string | undefined>();
  const LIMIT = 512;
  return {
    async get(key: string, make: () => Promise<string | undefined>): Promise<string | undefined> {
      if (entries.has(key)) return entries.get(key);
      const value = await make();
      if (entries.size >= LIMIT) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
      return value;
    },
  };
})();

/** The type of ctx.data.parquet(name): rows typed from the file's schema. */
export async function parquetTsType(dataDir: string, name: string): Promise<string> {
  return withHostDb(dataDir, async (db) => rowsTsType(await parquetColumns(db, path.join(db.root, name))));
}

/** The type of ctx.data.sql(query): rows typed from the query's result columns (DuckDB binds it; it does not run). */
export async function sqlTsType(dataDir: string, query: string): Promise<string> {
  return withHostDb(dataDir, async (db) => rowsTsType(await queryColumns(db, query)));
}
