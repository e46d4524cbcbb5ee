import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isBoundedCallback, proveBounded } from './boundedCallback';

const bounded = (code: string) => isBoundedCallback(ts, code);
const fn = (body: string, params = '{ n }') => `function cb(${params}) {\n${body}\n}\nexport {\n  cb as default\n};\n`;

describe('isBoundedCallback', () => {
  it('accepts straight-line code: templates, operators, conditions, literals, local names', () => {
    expect(bounded(fn('return `twice ${n} is ${n * 2}`;'))).toBe(true);
    expect(bounded(fn('let s = "small";\n  if (n > 5) s = "big"; else if (n < 0) { s = "negative"; }\n  const o = { s, n, k: [n, 1, 2] };\n  return n ? o.s : o?.k[0] ?? null;'))).toBe(true);
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
      // A spread or rest is a loop.
      fn('return [...n, ...n];'),
      fn('return { ...n };'),
      fn('const { a, ...rest } = n;\n  return rest;'),
      fn('return n;', '...all'),
      // Only ctx.triggered and ctx.noUpdate: ctx.data reads files, the rest are functions.
      fn('return ctx.data;', '{ n }, ctx'),
      fn('return ctx;', '{ n }, ctx'),
      fn('return data;', '{ n }, { data }'),
      // Keys an engine calls implicitly, or that set the prototype.
      fn('return "" + { toString: n };'),
      fn('return { then: n };'),
      fn('return { __proto__: n, length: 1e9 };'),
      fn('return { [n]: 1 };'),
      // Paths to constructors, and keys that could be anything.
      fn('return n.constructor;'),
      fn('return n["constructor"];'),
      fn('return n[n.k];'),
      fn('const { constructor: c } = n;\n  return c;'),
      // Globals, module state written from the function, shadowing.
      fn('return Math.PI;'),
      `let calls = 0;\n${fn('calls += 1;\n  return calls;')}`,
      `const x = 1;\n${fn('{ let x = 2; }\n  return x;')}`,
      `function helper() { return 1; }\n${fn('return n;')}`,
    ];
    for (const code of refused) expect(bounded(code), code).toBe(false);
  });

  it('refuses code whose values can grow exponentially: the 22-line doubling and its string and nesting forms', () => {
    const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i + 1)).join('\n  ');
    expect(bounded(fn(`const a0 = [n];\n  ${lines(22, (i) => `const a${i} = [a${i - 1}, a${i - 1}];`)}\n  return a22;`))).toBe(false);
    expect(bounded(fn(`let s = "" + n;\n  ${lines(22, () => 's = s + s;')}\n  return s.length;`))).toBe(false);
    expect(bounded(fn(`let s = "" + n;\n  ${lines(22, () => 's += s;')}\n  return 1;`))).toBe(false);
    expect(bounded(fn(`const s0 = n;\n  ${lines(22, (i) => `const s${i} = \`\${s${i - 1}}\${s${i - 1}}\`;`)}\n  return s22 < n;`))).toBe(false);
    // A few doublings are fine: the work stays a small multiple of the input.
    const few = proveBounded(ts, fn(`let s = "" + n;\n  ${lines(3, () => 's = s + s;')}\n  return s;`));
    expect(few?.work).toBeGreaterThan(8);
    expect(few!.work).toBeLessThan(200);
  });

  it('gives a trivial callback a small work bound', () => {
    const proof = proveBounded(ts, fn('return `twice ${n} is ${n * 2}`;'));
    expect(proof!.work).toBeLessThan(20);
  });

  it('refuses a default export that is not one of its function declarations', () => {
    expect(bounded('const cb = 1;\nexport { cb as default };\n')).toBe(false);
    expect(bounded('function f() { return 1; }\n')).toBe(false);
  });
});
