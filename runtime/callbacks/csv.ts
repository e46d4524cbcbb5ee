import { autoType, csvParse } from 'd3-dsv';
import { typeDateColumns } from './csvDates';

/**
 * CSV text → rows as objects, numbers, booleans and dates typed (d3-dsv's autoType, and the
 * common non-ISO date forms of csvDates.ts): the one
 * reading of CSV that ctx.data.csv (a file of data/) and ctx.parseCsv (an upload) share, on the
 * server and in the browser. A leading byte-order mark is not part of the first column's name.
 */
export function csvRows(text: string): Record<string, unknown>[] {
  const rows = csvParse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, autoType);
  // d3-dsv puts the header on the array as `columns`; callbacks get plain arrays of rows.
  const plain = rows.slice() as Record<string, unknown>[];
  typeDateColumns(plain, rows.columns);
  return plain;
}

/** The header of CSV text, in order (an empty file has none). */
export function csvColumns(text: string): string[] {
  return csvParse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).columns;
}

const DATA_URL = /^data:([^,]*?),/i;

/** The text of a `data:` URL (base64 or percent-encoded, decoded as UTF-8); other text as it is. */
export function textOfDataUrl(textOrDataUrl: string): string {
  const head = DATA_URL.exec(textOrDataUrl.slice(0, 512));
  if (!head) return textOrDataUrl;
  const payload = textOrDataUrl.slice(head[0].length);
  const base64 = /;base64$/i.test(head[1]!);
  if (!base64) {
    try {
      return decodeURIComponent(payload);
    } catch {
      throw new Error('ctx.parseCsv: the data URL is not validly percent-encoded');
    }
  }
  let binary: string;
  try {
    binary = atob(payload.replace(/\s+/g, ''));
  } catch {
    throw new Error('ctx.parseCsv: the data URL is not valid base64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * ctx.parseCsv: an upload's data URL (as `upload.files[i].dataUrl` holds it) or CSV text → rows,
 * read exactly as ctx.data.csv reads a file.
 */
export function parseCsv(textOrDataUrl: string): Record<string, unknown>[] {
  if (typeof textOrDataUrl !== 'string') throw new Error(`ctx.parseCsv: expected CSV text or a data: URL, got ${textOrDataUrl === null ? 'null' : typeof textOrDataUrl}`);
  return csvRows(textOfDataUrl(textOrDataUrl));
}
