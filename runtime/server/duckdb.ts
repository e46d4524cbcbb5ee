/**
 * DuckDB over a project's data/ folder: Parquet files and SQL (ctx.data.parquet, ctx.data.sql,
 * the Data panel's preview of a .parquet file and the types of both in callbacks).
 *
 * `@duckdb/node-api` is imported on first use under a computed name, so nothing that does not
 * read Parquet or run SQL loads it (start-up is unchanged) and bundles leave it out; where its
 * native binding is missing, that first use fails with "Parquet needs @duckdb/node-api: …".
 *
 * A connection is confined to the data folder: DuckDB's external access is off except for that
 * directory (`allowed_directories`), nothing spills to disk, the configuration is locked, and
 * only one SELECT runs per call (no COPY … TO, ATTACH, INSTALL, LOAD, SET, CREATE). A quoted file
 * name where a table is read (`from 'x.parquet'`, `read_csv('a/*.csv')`) is resolved inside
 * data/; one that leads outside (by `..`, an absolute path or a link) is refused, as ctx.data
 * refuses it. Not checked: a name passed as a query parameter, or a link met below a `**`
 * pattern's folder (DuckDB's own check still keeps such names under data/ as written).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection, DuckDBPreparedStatement, DuckDBValue, DuckDBValueConverter } from '@duckdb/node-api';

export type DuckDb = typeof import('@duckdb/node-api');

/** DuckDB's memory limit per connection (its buffer pool; nothing spills to disk). */
export const SQL_MEMORY_MB = Math.max(16, Number(process.env.SQL_MEMORY_MB) || 256);
/** DuckDB threads per connection. */
export const SQL_THREADS = 2;

let loading: Promise<DuckDb> | undefined;

/** `@duckdb/node-api`, imported once; the error says what is missing. */
export function loadDuckdb(): Promise<DuckDb> {
  const name = '@duckdb/node-api';
  loading ??= (import(name) as Promise<DuckDb & { default?: DuckDb }>).then(
    (mod) => (mod.DuckDBInstance ? mod : (mod.default as DuckDb)),
    (err: unknown) => {
      loading = undefined;
      throw new Error(`Parquet needs @duckdb/node-api: ${(err as Error).message?.split('\n')[0] ?? String(err)} (install it with \`npm install @duckdb/node-api\` where the app runs)`);
    },
  );
  return loading;
}

export interface Confined {
  duck: DuckDb;
  conn: DuckDBConnection;
  /** The data folder's real path. */
  root: string;
}

/** An in-memory DuckDB that may read only files under `dataDir`. */
export async function openConfined(dataDir: string, memoryMb = SQL_MEMORY_MB): Promise<Confined> {
  const duck = await loadDuckdb();
  const root = await fs.realpath(dataDir);
  const instance = await duck.DuckDBInstance.create(':memory:', {
    memory_limit: `${memoryMb}MB`,
    threads: String(SQL_THREADS),
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const conn = await instance.connect();
  const dir = root.endsWith(path.sep) ? root : root + path.sep;
  for (const statement of [
    `SET allowed_directories=[${duck.quotedString(dir)}]`,
    `SET file_search_path=${duck.quotedString(root)}`,
    "SET temp_directory=''",
    'SET enable_external_access=false',
    'SET lock_configuration=true',
  ]) {
    await conn.run(statement);
  }
  return { duck, conn, root };
}

/** Table functions whose first argument names files. */
const FILE_FUNCTIONS = new Set([
  'read_parquet', 'parquet_scan', 'parquet_metadata', 'parquet_schema', 'parquet_file_metadata', 'parquet_kv_metadata',
  'read_csv', 'read_csv_auto', 'sniff_csv', 'read_json', 'read_json_auto', 'read_ndjson', 'read_ndjson_auto',
  'read_json_objects', 'read_json_objects_auto', 'read_ndjson_objects', 'read_text', 'read_blob', 'glob', 'read_xlsx',
]);

const isInside = (root: string, target: string): boolean => {
  const rel = path.relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
};

export class SqlRefused extends Error {}

/**
 * The query with each quoted file name where a table is read made an absolute path inside
 * `root` (DuckDB resolves relative names against the process's folder, and its access check
 * allows only absolute names under data/). A name that leads outside data/ is refused here.
 */
export async function resolveFileNames(query: string, root: string): Promise<string> {
  interface Frame { fn: string | null; arg: number; list: boolean }
  const stack: Frame[] = [];
  let out = '';
  let i = 0;
  // The last token: a word (identifier or keyword, lower-cased) or another kind of token.
  let prevWord: string | null = null;
  let lastToken = '';
  const n = query.length;
  while (i < n) {
    const ch = query[i]!;
    const next = query[i + 1];
    if (ch === '-' && next === '-') {
      const end = query.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      out += query.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out += query.slice(i, stop);
      i = stop;
      continue;
    }
    if (/\s/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      while (j < n && !(query[j] === '"' && query[j + 1] !== '"')) j += query[j] === '"' ? 2 : 1;
      out += query.slice(i, j + 1);
      i = j + 1;
      prevWord = null;
      lastToken = 'ident';
      continue;
    }
    if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(query.slice(i));
      if (tag) {
        const end = query.indexOf(tag[0], i + tag[0].length);
        const stop = end < 0 ? n : end + tag[0].length;
        out += query.slice(i, stop);
        i = stop;
        prevWord = null;
        lastToken = 'string';
        continue;
      }
    }
    if (ch === "'") {
      let j = i + 1;
      let value = '';
      while (j < n) {
        if (query[j] === "'") {
          if (query[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += query[j];
        j += 1;
      }
      const literal = query.slice(i, j + 1);
      const top = stack[stack.length - 1];
      const fnFrame = top?.list ? stack[stack.length - 2] : top;
      const isFile =
        prevWord === 'from' ||
        prevWord === 'join' ||
        (fnFrame !== undefined && fnFrame.fn !== null && FILE_FUNCTIONS.has(fnFrame.fn) && fnFrame.arg === 0);
      out += isFile ? await resolvedLiteral(value, root) : literal;
      i = j + 1;
      prevWord = null;
      lastToken = 'string';
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(query.slice(i, i + 200));
    if (word) {
      out += word[0];
      i += word[0].length;
      prevWord = word[0].toLowerCase();
      lastToken = 'word';
      continue;
    }
    if (ch === '(') stack.push({ fn: lastToken === 'word' ? prevWord : null, arg: 0, list: false });
    else if (ch === '[') stack.push({ fn: null, arg: 0, list: true });
    else if (ch === ')' || ch === ']') stack.pop();
    else if (ch === ',' && stack.length > 0) stack[stack.length - 1]!.arg += 1;
    out += ch;
    i += 1;
    prevWord = null;
    lastToken = ch;
  }
  return out;
}

async function resolvedLiteral(name: string, root: string): Promise<string> {
  const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;
  // URLs are left to DuckDB, which refuses them (external access is off).
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(name) || name === '') return quote(name);
  const refused = new SqlRefused(`refused, the file name '${name}' leads outside the data/ folder`);
  const resolved = path.resolve(root, name);
  if (!isInside(root, resolved)) throw refused;
  // A link inside data/ that leads outside it is refused too, as ctx.data refuses it: the file,
  // or for a pattern the folder its wildcards start in.
  const segments = path.relative(root, resolved).split(path.sep);
  const plain = segments.findIndex((segment) => /[*?[{]/.test(segment));
  const checked = plain < 0 ? resolved : path.join(root, ...segments.slice(0, plain));
  const real = await fs.realpath(checked).catch(() => checked);
  if (real !== root && !isInside(root, real)) throw refused;
  return quote(resolved);
}

/** Statements that read: anything else (COPY, ATTACH, INSTALL, LOAD, SET, CREATE…) is refused before DuckDB binds it. */
const READING = new Set(['select', 'with', 'from', 'values', 'table', 'pivot', 'unpivot', 'summarize', 'describe', 'show']);

/** One SELECT, prepared (not run); anything else is refused. */
export async function prepareSelect(db: Confined, query: string): Promise<DuckDBPreparedStatement> {
  if (typeof query !== 'string' || query.trim() === '') throw new SqlRefused('the query must be a non-empty string');
  const first = /^(?:\s|--[^\n]*\n?|\/\*[\s\S]*?\*\/|\()*([A-Za-z]+)/.exec(query)?.[1]?.toLowerCase();
  if (first !== undefined && !READING.has(first)) {
    throw new SqlRefused(`refused, only SELECT queries read data/ (${first.toUpperCase()} is not allowed: nothing is written, attached, installed or loaded)`);
  }
  const resolved = await resolveFileNames(query, db.root);
  const statements = await db.conn.extractStatements(resolved);
  if (statements.count !== 1) throw new SqlRefused(`give one SELECT statement (this query has ${statements.count})`);
  const prepared = await statements.prepare(0);
  if (prepared.statementType !== db.duck.StatementType.SELECT) {
    const kind = db.duck.StatementType[prepared.statementType] ?? 'this statement';
    prepared.destroySync();
    throw new SqlRefused(`refused, only SELECT queries read data/ (${kind} is not allowed: nothing is written, attached, installed or loaded)`);
  }
  return prepared;
}

export type SqlParams = readonly unknown[] | Readonly<Record<string, unknown>>;

function bindValue(duck: DuckDb, value: unknown): DuckDBValue {
  if (value instanceof Date) return duck.timestampTZValue(BigInt(value.getTime()) * 1000n);
  if (Array.isArray(value)) return duck.listValue(value.map((v) => bindValue(duck, v)));
  if (value === undefined) return null;
  return value as DuckDBValue;
}

/** Runs one SELECT with optional parameters ($1 / ? or $name); rows as ctx.data gives them. */
export async function runSelect(db: Confined, query: string, params?: SqlParams): Promise<Record<string, unknown>[]> {
  const prepared = await prepareSelect(db, query);
  try {
    if (params !== undefined && params !== null) {
      const values = Array.isArray(params)
        ? (params as unknown[]).map((v) => bindValue(db.duck, v))
        : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, bindValue(db.duck, v)]));
      prepared.bind(values);
    }
    const reader = await prepared.runAndReadAll();
    return reader.convertRowObjects(rowConverter(db.duck)) as Record<string, unknown>[];
  } finally {
    prepared.destroySync();
  }
}

/** Every row of a Parquet file (an absolute path under data/). */
export function readParquet(db: Confined, file: string): Promise<Record<string, unknown>[]> {
  return runSelect(db, `select * from read_parquet(${db.duck.quotedString(file)})`);
}

/** A 64-bit or wider integer: a number when it is exactly one, else its decimal digits. */
export function safeInteger(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}

let converter: DuckDBValueConverter<unknown> | undefined;

/** DuckDB values as plain JavaScript: integers as numbers (strings past 2^53), DATE and TIMESTAMP as Date, DECIMAL as number, TIME and INTERVAL as text. */
function rowConverter(duck: DuckDb): DuckDBValueConverter<unknown> {
  if (converter) return converter;
  const id = duck.DuckDBTypeId;
  const base = duck.JSDuckDBValueConverter as DuckDBValueConverter<unknown>;
  const convert: DuckDBValueConverter<unknown> = (value, type, _self) => {
    if (value === null || value === undefined) return null;
    switch (type.typeId) {
      case id.TIME:
      case id.TIME_TZ:
      case id.TIME_NS:
      case id.INTERVAL:
        return String(value);
      default: {
        const v = base(value, type, convert);
        return typeof v === 'bigint' ? safeInteger(v) : v;
      }
    }
  };
  converter = convert;
  return convert;
}
