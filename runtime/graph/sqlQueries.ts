/**
 * The literal queries of `ctx.data.sql(…)` calls in callback sources (a string literal or a
 * template without substitutions), so their result columns can be typed: the host binds each
 * with DuckDB (runtime/server/dataTypes.ts) and the generated `Ctx` gets an overload per query.
 * A query built at run time keeps the generic `Record<string, unknown>` rows.
 */

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The value of the string literal starting at `start` (a quote), or undefined if it is not a plain literal. */
function literalAt(source: string, start: number): { value: string; end: number } | undefined {
  const quote = source[start];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let value = '';
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === quote) return { value, end: i + 1 };
    if (quote === '`' && ch === '$' && source[i + 1] === '{') return undefined;
    if (quote !== '`' && ch === '\n') return undefined;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === undefined) return undefined;
      i += 1;
      if (next === '\n') continue;
      if (next === '\r') {
        if (source[i + 1] === '\n') i += 1;
        continue;
      }
      if (next === 'x' || next === 'u') {
        const m = next === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(i + 1)) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(source.slice(i + 1));
        if (!m) return undefined;
        value += String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ''), 16));
        i += m[0].length;
        continue;
      }
      value += ESCAPES[next] ?? next;
      continue;
    }
    // A template's line breaks are \n whatever the file uses.
    if (quote === '`' && ch === '\r') {
      if (source[i + 1] === '\n') i += 1;
      value += '\n';
      continue;
    }
    value += ch;
  }
  return undefined;
}

/** Longest query typed, and most queries per project (what the host's project:dataTypes request takes). */
const MAX_QUERY_CHARS = 20_000;
const MAX_QUERIES = 200;

/** The distinct literal queries of the sql calls in `sources`, sorted (at most 200, each under 20 000 characters). */
export function sqlQueriesIn(sources: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const source of sources) {
    const call = /\bdata\s*\.\s*sql\s*(?:<[^>()]*>\s*)?\(\s*/g;
    for (let m = call.exec(source); m; m = call.exec(source)) {
      const literal = literalAt(source, m.index + m[0].length);
      if (!literal) continue;
      const after = /^\s*[,)]/.test(source.slice(literal.end, literal.end + 200));
      if (after && literal.value.trim() !== '' && literal.value.length <= MAX_QUERY_CHARS) found.add(literal.value);
    }
  }
  return [...found].sort().slice(0, MAX_QUERIES);
}

/** True when a source calls ctx.data.sql or ctx.data.parquet (an export then ships DuckDB). */
export function usesDuckdb(source: string): boolean {
  return /\bdata\s*\.\s*(?:sql|parquet)\s*(?:<[^>()]*>\s*)?\(/.test(source);
}
