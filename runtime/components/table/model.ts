/**
 * The table's data logic, without React: columns, cell text, sort and filter over an index
 * array (rows are never copied), so 100,000 rows sort in a few tens of milliseconds.
 */
import { format as d3format } from 'd3-format';
import type { TableColumn, TableRow, TableSort } from './props';

export interface ResolvedColumn {
  id: string;
  name: string;
  /** Sorts, filters and aligns as numbers. */
  numeric: boolean;
  /** Formats a number (d3-format), or String. */
  formatNumber: (n: number) => string;
}

/** A cell of a row of any shape: undefined for a missing key or a row that is not an object. */
export function cellOf(row: unknown, column: string): unknown {
  return row !== null && typeof row === 'object' && !Array.isArray(row) ? (row as TableRow)[column] : undefined;
}

const SAMPLE = 200;

/** A column with no declared type is numeric when every non-empty value of the first rows is a number. */
function looksNumeric(data: readonly unknown[], id: string): boolean {
  let seen = false;
  for (let i = 0; i < data.length && i < SAMPLE; i++) {
    const v = cellOf(data[i], id);
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'number') return false;
    seen = true;
  }
  return seen;
}

function formatter(spec: TableColumn['format']): (n: number) => string {
  const specifier = typeof spec === 'string' ? spec : spec?.specifier;
  if (!specifier) return String;
  try {
    return d3format(specifier);
  } catch {
    return String; // an invalid specifier shows the plain number rather than breaking the table
  }
}

/** The columns shown: as given, or one per key of the first row. */
export function resolveColumns(columns: readonly TableColumn[], data: readonly unknown[]): ResolvedColumn[] {
  const first = data[0];
  const keys = first !== null && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first) : [];
  const given: readonly TableColumn[] = columns.length > 0 ? columns : keys.map((id) => ({ id }));
  return given.map((c) => ({
    id: c.id,
    name: c.name ?? c.id,
    numeric: c.type === 'numeric' || ((c.type === undefined || c.type === 'any') && looksNumeric(data, c.id)),
    formatNumber: formatter(c.format),
  }));
}

/** What a cell shows: blank for nothing, numbers formatted, objects as JSON. */
export function cellText(value: unknown, column: ResolvedColumn): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? column.formatNumber(value) : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** One sort key's values: rank 0 numbers, 1 text, 2 empty (always last). */
interface SortKey {
  dir: 1 | -1;
  rank: Uint8Array;
  num: Float64Array;
  text: (string | undefined)[];
}

function sortKey(data: readonly unknown[], sort: TableSort): SortKey {
  const n = data.length;
  const key: SortKey = { dir: sort.direction === 'desc' ? -1 : 1, rank: new Uint8Array(n), num: new Float64Array(n), text: new Array<string | undefined>(n) };
  for (let i = 0; i < n; i++) {
    const v = cellOf(data[i], sort.column);
    if (v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v))) key.rank[i] = 2;
    else if (typeof v === 'number' || typeof v === 'boolean') key.num[i] = Number(v);
    else {
      key.rank[i] = 1;
      key.text[i] = typeof v === 'string' ? v : JSON.stringify(v);
    }
  }
  return key;
}

/** Indices of `data` in sorted order (stable; empty cells last in either direction). */
export function sortedOrder(data: readonly unknown[], sortBy: readonly TableSort[]): Uint32Array {
  const order = new Uint32Array(data.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (sortBy.length === 0 || data.length < 2) return order;
  const keys = sortBy.map((s) => sortKey(data, s));
  const only = keys.length === 1 ? keys[0]! : null;
  if (only && !only.rank.includes(1)) {
    // One numeric key (the common case): a flat comparator, about twice as fast. Empty cells are
    // +Infinity after the direction is applied, so last either way; Infinity - Infinity is NaN, so ties fall to the index.
    const flat = new Float64Array(order.length);
    for (let i = 0; i < flat.length; i++) flat[i] = only.rank[i] === 2 ? Infinity : only.num[i]! * only.dir;
    return order.sort((a, b) => flat[a]! - flat[b]! || a - b);
  }
  return order.sort((a, b) => {
    for (const k of keys) {
      const ra = k.rank[a]!;
      const d = ra - k.rank[b]!;
      if (d !== 0) return d;
      if (ra === 0) {
        const x = k.num[a]!;
        const y = k.num[b]!;
        if (x !== y) return x < y ? -k.dir : k.dir;
      } else if (ra === 1) {
        const c = collator.compare(k.text[a]!, k.text[b]!);
        if (c !== 0) return c * k.dir;
      }
    }
    return a - b;
  });
}

export type CellTest = (value: unknown) => boolean;

const OPERATOR = /^(>=|<=|!=|>|<|=)\s*(.*)$/;

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * A column filter as Dash users type it: `> 20`, `>= 5`, `< 3`, `<= 1`, `= 4`, `!= 4` compare
 * numbers; on a numeric column a plain number means equals; anything else matches cells
 * containing the text (case-insensitive). Empty: no filter.
 */
export function parseFilter(text: string, column: ResolvedColumn): CellTest | null {
  const query = text.trim();
  if (!query) return null;
  const m = OPERATOR.exec(query);
  const op = m ? m[1]! : column.numeric && asNumber(query) !== undefined ? '=' : null;
  const operand = m ? m[2]!.trim() : query;
  const shown = (v: unknown): string => cellText(v, column).toLowerCase();
  if (op) {
    const n = asNumber(operand);
    if (n !== undefined) {
      const cmp: Record<string, (x: number) => boolean> = { '>': (x) => x > n, '>=': (x) => x >= n, '<': (x) => x < n, '<=': (x) => x <= n, '=': (x) => x === n, '!=': (x) => x !== n };
      const test = cmp[op]!;
      return (v) => {
        const x = asNumber(v);
        return x === undefined ? op === '!=' : test(x);
      };
    }
    if (!operand) return null; // "> " while typing: no filter yet
    const want = operand.toLowerCase();
    if (op === '=') return (v) => shown(v) === want;
    if (op === '!=') return (v) => shown(v) !== want;
    const sign = op.startsWith('>') ? 1 : -1;
    const strict = op.length === 1;
    return (v) => {
      if (v === null || v === undefined || v === '') return false;
      const c = collator.compare(shown(v), want) * sign;
      return strict ? c > 0 : c >= 0;
    };
  }
  const needle = query.toLowerCase();
  return (v) => shown(v).includes(needle);
}

/** `order` without the rows a filter rejects (order kept). */
export function filteredOrder(order: Uint32Array, data: readonly unknown[], tests: ReadonlyArray<readonly [column: string, test: CellTest]>): Uint32Array {
  if (tests.length === 0) return order;
  const out = new Uint32Array(order.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const row = data[i];
    let ok = true;
    for (const [column, test] of tests) {
      if (!test(cellOf(row, column))) {
        ok = false;
        break;
      }
    }
    if (ok) out[n++] = i;
  }
  return out.subarray(0, n);
}

/** The sort after clicking a column's header: asc → desc → none; with `additive` (shift) the other keys stay. */
export function nextSort(sortBy: readonly TableSort[], column: string, additive: boolean): TableSort[] {
  const current = sortBy.find((s) => s.column === column);
  const next: TableSort | null = !current ? { column, direction: 'asc' } : current.direction === 'asc' ? { column, direction: 'desc' } : null;
  if (!additive) return next ? [next] : [];
  const rest = sortBy.map((s) => (s.column === column ? next : s)).filter((s): s is TableSort => s !== null);
  return current ? rest : [...rest, next!];
}

/** Column widths in px from the header and a sample of cells, so widths do not jump between pages or while scrolling. */
export function columnWidths(columns: readonly ResolvedColumn[], data: readonly unknown[]): number[] {
  return columns.map((c) => {
    const lengths: number[] = [];
    for (let i = 0; i < data.length && i < 50; i++) lengths.push(cellText(cellOf(data[i], c.id), c).length);
    lengths.sort((a, b) => a - b);
    const typical = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
    const chars = Math.min(Math.max(c.name.length + 3, typical, 6), 40);
    return Math.round(chars * 7.5 + 28);
  });
}
