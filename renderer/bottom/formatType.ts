/** Lays a one-line generated type out over lines: each `{ … }` member on its own, indented. */
export function formatType(type: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  const newline = (): string => `\n${'  '.repeat(depth)}`;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === '"' && type[i - 1] !== '\\') quoted = !quoted;
    if (quoted) {
      out += c;
      continue;
    }
    if (c === '{' && type[i + 1] === ' ') {
      depth++;
      out += `{${newline()}`;
      i++;
    } else if (c === ';' && type[i + 1] === ' ') {
      out += `;${newline()}`;
      i++;
    } else if (c === ' ' && type[i + 1] === '}') {
      depth = Math.max(0, depth - 1);
      out += `;${newline()}}`;
      i++;
    } else out += c;
  }
  return out;
}
