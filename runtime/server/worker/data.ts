import { promises as fs } from 'node:fs';
import path from 'node:path';
import { csvRows } from '../../callbacks/csv';
import type { SqlParams } from '../duckdb';
import { SqlClient } from './sqlClient';

/** ctx.data: reads files of the project's data/ folder. */
export interface DataApi {
  json(name: string): Promise<unknown>;
  /** Rows as objects; numbers, booleans and dates typed (d3-dsv autoType). */
  csv(name: string): Promise<Record<string, unknown>[]>;
  text(name: string): Promise<string>;
  /** Rows of a Parquet file, typed from its schema (DuckDB, loaded on first use). */
  parquet(name: string): Promise<Record<string, unknown>[]>;
  /** One DuckDB SELECT over the files of data/ (`from 'x.parquet'`), with optional parameters ($1, ?, $name). */
  sql(query: string, params?: SqlParams): Promise<Record<string, unknown>[]>;
}

type Kind = 'json' | 'csv' | 'text' | 'parquet';

interface CacheEntry {
  mtimeMs: number;
  size: number;
  ino: number;
  value: Promise<unknown>;
}

/**
 * One per data folder per worker. Each file is parsed once and re-parsed when its mtime, size
 * or inode changes (checked with a stat on every read). Parsed values are shared between
 * calls, so they are frozen; csv() hands out a fresh array of frozen rows so sorting or
 * filtering the array in place is still allowed.
 */
export class DataFolder {
  private readonly cache = new Map<string, CacheEntry>();
  private rootReal: Promise<string> | undefined;
  private sqlClient: SqlClient | undefined;
  private shared: DataApi | undefined;

  constructor(private readonly dir: string | undefined) {}

  /** ctx.data: one object per folder, given to every call (it holds no state of a call). */
  api(): DataApi {
    return (this.shared ??= {
      json: async (name) => {
        const value = await this.read(name, 'json');
        return Array.isArray(value) ? value.slice() : value;
      },
      csv: async (name) => ((await this.read(name, 'csv')) as Record<string, unknown>[]).slice(),
      text: async (name) => (await this.read(name, 'text')) as string,
      parquet: async (name) => ((await this.read(name, 'parquet')) as Record<string, unknown>[]).slice(),
      sql: async (query, params) => {
        const label = `ctx.data.sql(${JSON.stringify(typeof query === 'string' && query.length > 60 ? `${query.slice(0, 60)}…` : query)})`;
        if (typeof query !== 'string' || query.trim() === '') throw new Error(`${label}: the query must be a non-empty string`);
        if (params !== undefined && (typeof params !== 'object' || params === null)) throw new Error(`${label}: the parameters must be an array or an object`);
        const root = await this.root(label);
        try {
          return (await this.sqlFor(root).sql(query, params)).map(freezeRow);
        } catch (err) {
          throw new Error(`${label}: ${(err as Error).message}`);
        }
      },
    });
  }

  private sqlFor(root: string): SqlClient {
    this.sqlClient ??= new SqlClient(root);
    return this.sqlClient;
  }

  private async root(label: string): Promise<string> {
    if (this.dir === undefined) throw new Error(`${label}: this app has no data/ folder`);
    this.rootReal ??= fs.realpath(this.dir);
    try {
      return await this.rootReal;
    } catch {
      this.rootReal = undefined;
      throw new Error(`${label}: the data/ folder does not exist`);
    }
  }

  private async read(name: unknown, kind: Kind): Promise<unknown> {
    const label = `ctx.data.${kind}(${JSON.stringify(name)})`;
    const file = await this.resolve(name, label);
    const root = await this.root(label);
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new Error(`${label}: not a file`);
    const key = `${kind}\0${file}`;
    const cached = this.cache.get(key);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.ino === stat.ino) return cached.value;
    const value =
      kind === 'parquet'
        ? this.sqlFor(root)
            .parquet(file)
            .then(
              (rows) => rows.map(freezeRow),
              (err: unknown) => {
                throw new Error(`${label}: ${(err as Error).message}`);
              },
            )
        : fs.readFile(file, 'utf8').then((text) => parse(text, kind, label));
    this.cache.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, ino: stat.ino, value });
    value.catch(() => {
      if (this.cache.get(key)?.value === value) this.cache.delete(key);
    });
    return value;
  }

  /** The real path of `name` inside the data folder; refuses anything that leads outside it (the message then says "refused"). */
  async resolve(name: unknown, label: string): Promise<string> {
    if (this.dir === undefined) throw new Error(`${label}: this app has no data/ folder`);
    if (typeof name !== 'string' || name === '' || name.includes('\0')) throw new Error(`${label}: the name must be a non-empty file name`);
    const resolved = path.resolve(this.dir, name);
    if (!isInside(this.dir, resolved)) throw new Error(`${label}: refused, the name leads outside the data/ folder`);
    this.rootReal ??= fs.realpath(this.dir);
    let real: string;
    let root: string;
    try {
      root = await this.rootReal;
    } catch {
      this.rootReal = undefined;
      throw new Error(`${label}: the data/ folder does not exist`);
    }
    try {
      real = await fs.realpath(resolved);
    } catch {
      throw new Error(`${label}: no such file in data/`);
    }
    if (!isInside(root, real)) throw new Error(`${label}: refused, the name leads outside the data/ folder`);
    return real;
  }
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function parse(text: string, kind: Kind, label: string): unknown {
  if (kind === 'text') return text;
  if (kind === 'csv') return csvRows(text).map((row) => Object.freeze(row));
  try {
    return deepFreeze(JSON.parse(text));
  } catch (err) {
    throw new Error(`${label}: not valid JSON: ${(err as Error).message}`);
  }
}

/** A row of Parquet or SQL: frozen with its lists and structs (not their bytes: a Uint8Array cannot be frozen). */
function freezeRow(row: Record<string, unknown>): Record<string, unknown> {
  return deepFreeze(row) as Record<string, unknown>;
}

function deepFreeze(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value) && !(value instanceof Date)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
