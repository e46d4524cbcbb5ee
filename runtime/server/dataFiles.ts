import { promises as fs } from 'node:fs';
import path from 'node:path';
import { csvColumns, csvRows } from '../callbacks/csv';
import type { DataPreview } from '../contracts/hostChannels';
import { columnTsTypes } from './dataTypes';
import { runSelect } from './duckdb';
import { parquetColumns, parquetRowCount, withHostDb } from './duckdbTypes';

export type { DataPreview };

/** Rows the Data panel shows of a file. */
export const PREVIEW_ROWS = 100;
/** Larger files are not read for a preview. */
const MAX_PREVIEW_BYTES = 50 * 1024 * 1024;


/** A file name the data/ folder may take: a plain name, no folders, not hidden. */
export function dataFileNameError(name: string): string | null {
  if (!name || name !== path.basename(name) || name.includes('\\')) return `"${name}" is not a plain file name`;
  if (name.startsWith('.')) return `"${name}": hidden files are not data`;
  if (name.length > 200) return 'the file name is too long';
  return null;
}

/** Writes dropped or picked files into `dataDir` (created if needed); returns the names written. */
export async function importDataFiles(dataDir: string, files: readonly { name: string; base64: string }[]): Promise<string[]> {
  for (const f of files) {
    const why = dataFileNameError(f.name);
    if (why) throw new DataFileError(why);
  }
  await fs.mkdir(dataDir, { recursive: true });
  for (const f of files) await fs.writeFile(path.join(dataDir, f.name), Buffer.from(f.base64, 'base64'));
  return files.map((f) => f.name);
}

/** A request about data/ the user can fix (a bad name, a file too large): the host answers 4xx. */
export class DataFileError extends Error {}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as the file most likely wrote it: just the day when it has no time (UTC as ISO dates read, or local as csvDates reads). */
function dateText(d: Date): string {
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0) return d.toISOString().slice(0, 10);
  if (d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0) return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return d.toISOString();
}

const jsonSafe = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? dateText(v) : ArrayBuffer.isView(v) ? `<${v.byteLength} bytes>` : v]));

/** A Parquet file's first rows, row count and column types, read with DuckDB (confined to data/). */
async function previewParquet(dataDir: string, name: string, size: number): Promise<DataPreview> {
  try {
    return await withHostDb(dataDir, async (db) => {
      const file = path.join(db.root, name);
      const columns = await parquetColumns(db, file);
      const rowCount = await parquetRowCount(db, file);
      const rows = await runSelect(db, `select * from read_parquet(${db.duck.quotedString(file)}) limit ${PREVIEW_ROWS}`);
      return { name, kind: 'parquet', bytes: size, rowCount, columns: columns.map((c) => ({ name: c.name, type: c.tsType })), rows: rows.map(jsonSafe) };
    });
  } catch (err) {
    throw new DataFileError(`${name} cannot be read as Parquet: ${(err as Error).message}`);
  }
}

/** What the Data panel shows of one file: its rows (the first 100), their count and each column's type. */
export async function previewDataFile(dataDir: string, name: string): Promise<DataPreview> {
  const why = dataFileNameError(name);
  if (why) throw new DataFileError(why);
  const file = path.join(dataDir, name);
  const { size } = await fs.stat(file);
  // DuckDB reads only the rows shown and the footer: a Parquet file of any size previews.
  if (name.endsWith('.parquet')) return previewParquet(dataDir, name, size);
  if (size > MAX_PREVIEW_BYTES) throw new DataFileError(`${name} is ${Math.round(size / 1e6)} MB; the Data panel previews files up to ${MAX_PREVIEW_BYTES / 1e6} MB`);
  const text = await fs.readFile(file, 'utf8');
  if (name.endsWith('.csv')) {
    const columns = csvColumns(text);
    const rows = csvRows(text);
    const types = columnTsTypes(rows, columns);
    return { name, kind: 'csv', bytes: size, rowCount: rows.length, columns: columns.map((c, i) => ({ name: c, type: types[i]! })), rows: rows.slice(0, PREVIEW_ROWS).map(jsonSafe) };
  }
  if (name.endsWith('.json')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new DataFileError(`${name} is not valid JSON: ${(err as Error).message}`);
    }
    if (Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) {
      const rows = value as Record<string, unknown>[];
      const columns = [...new Set(rows.slice(0, PREVIEW_ROWS).flatMap((r) => Object.keys(r)))];
      const types = columnTsTypes(rows, columns);
      return { name, kind: 'json', bytes: size, rowCount: rows.length, columns: columns.map((c, i) => ({ name: c, type: types[i]! })), rows: rows.slice(0, PREVIEW_ROWS) };
    }
    return { name, kind: 'json', bytes: size, columns: [], rows: [], text: JSON.stringify(value, null, 2).slice(0, 4000) };
  }
  return { name, kind: 'text', bytes: size, columns: [], rows: [], text: text.slice(0, 4000) };
}
