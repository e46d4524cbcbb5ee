import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isBoundedCallback } from './boundedCallback';

const bounded = (code: string) => isBoundedCallback(ts, code);
const fn = (body: string, params = '{ n }') => `function cb(${params}) {\n${body}\n}\nexport {\n  cb as default\n};\n`;

describe('isBoundedCallback', () => {
  it('accepts straight-line code: templates, operators, conditions, literals, local names', () => {
    expect(bounded(fn('return `twice ${n} is ${n * 2}`;'))).toBe(true);
    expect(bounded(fn('let s = "small";\n  if (n > 5) s = "big"; else if (n < 0) { s = "negative"; }\n  const o = { s, n, ...{ k: [n, ...[1, 2]] } };\n  return n ? o.s : o?.k[0] ?? null;'))).toBe(true);
    expect(bounded(fn('if (ctx.triggered.length === 0) return ctx.noUpdate;\n  return { text: typeof n, figure: { data: [], layout: { title: `n=${n}` } } };', '{ n }, ctx'))).toBe(true);
    expect(bounded(fn('try { return n.a.b; } catch (e) { throw e; }'))).toBe(true);
    expect(bounded(`const UNIT = "cm";\n${fn('return `${n} ${UNIT}`;')}`)).toBe(true);
    expect(bounded('var stdin_default = ({ n }) => n * 2;\nexport {\n  stdin_default as default\n};\n')).toBe(true);
    expect(bounded('const f = function ({ n }) { return { text: `${n}` }; };\nexport { f as default };\n')).toBe(true);
  });

  it('refuses anything that could run long, call out, or touch what is not its own', () => {
    const refused = [
      fn('while (true) {}'),
      fn('for (const x of n) {}\n  return 1;'),
      fn('return n.toFixed(1);'),
      fn('return String(n);'),
      fn('return new Array(n);'),
      fn('return [1, 2].map((x) => x * n);'),
      fn('return 10n ** 9999999n;'),
      fn('globalThis.leak = n;\n  return 1;'),
      fn('n.x = 1;\n  return 1;'),
      fn('process.exitCode++;\n  return 1;'),
      fn('return n instanceof Object;'),
      fn('return tag`x`;'),
      fn('return { get x() { return 1; } };'),
      fn('return cb({ n });'),
      `async ${fn('return n;')}`,
      `function* cb() { yield 1; }\nexport { cb as default };\n`,
      `import fs from "node:fs";\n${fn('return fs;')}`,
      `const all = JSON.parse("[]");\n${fn('return all;')}`,
      `var cb = async (x) => x;\nexport { cb as default };\n`,
      `var cb = (x) => [x].map((y) => y);\nexport { cb as default };\n`,
      `var cb = (x) => () => x;\nexport { cb as default };\n`,
      fn('return n;').replace('export {\n  cb as default\n};\n', 'export { cb };\n'),
    ];
    for (const code of refused) expect(bounded(code), code).toBe(false);
  });

  it('refuses a default export that is not one of its function declarations', () => {
    expect(bounded('const cb = 1;\nexport { cb as default };\n')).toBe(false);
    expect(bounded('function f() { return 1; }\n')).toBe(false);
  });
});
