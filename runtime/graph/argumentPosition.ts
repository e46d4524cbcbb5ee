/**
 * Where a callback module's default export names the argument `name` in its destructured first
 * parameter (`export default function f({ n, m }…` or `export default ({ n }) =>`): the offset
 * of that property name, or -1 when the module does not destructure it there.
 */
export function argumentPosition(source: string, name: string): number {
  const head = /export\s+default\s+(?:async\s+)?(?:function\s*\*?\s*[A-Za-z_$][\w$]*\s*|function\s*)?\(\s*\{/.exec(source);
  if (!head) return -1;
  const open = head.index + head[0].length - 1;
  let depth = 0;
  let close = -1;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return -1;
  const escaped = name.replace(/[$]/g, '\\$');
  // At the top level of the pattern: after "{" or ",", before ",", "}", ":" or "=".
  const pattern = new RegExp(`([{,]\\s*)(${escaped})(?=\\s*[,}:=])`, 'g');
  const body = source.slice(open, close + 1);
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    const at = m.index + m[1].length;
    if (nesting(body, at) === 1) return open + at;
  }
  return -1;
}

/** Brace depth at `at` within a pattern that starts with "{". */
function nesting(body: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
  }
  return depth;
}
