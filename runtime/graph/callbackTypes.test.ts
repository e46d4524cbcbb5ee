import { typecheckCallbacks } from '../../export/typecheck';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import type { Project } from '../schema/project';
import { readDataTypes } from '../server/dataTypes';
import { callbackTemplate, generateCallbackTypes, type DataFileType } from './callbackTypes';

const catalog = createCatalog();

function project(callbacks: Project['callbacks']): Project {
  return {
    format: 'dashwright',
    version: 1,
    name: 'Test',
    layout: { cols: 12, rowHeight: 40 },
    components: [
      { id: 'n', type: 'slider', props: {}, grid: { x: 0, y: 0, w: 4, h: 2 } },
      { id: 'out', type: 'text', props: {}, grid: { x: 4, y: 0, w: 4, h: 2 } },
      { id: 'chart', type: 'graph', props: {}, grid: { x: 0, y: 2, w: 8, h: 6 } },
      { id: 'region', type: 'dropdown', props: {}, grid: { x: 8, y: 0, w: 4, h: 2 } },
    ],
    values: [{ id: 'filtered' }],
    callbacks,
  };
}

const double: Project['callbacks'][number] = {
  id: 'double',
  inputs: [{ id: 'n', prop: 'value', as: 'n' }],
  state: [],
  outputs: [{ id: 'out', prop: 'text', as: 'text' }],
  placement: 'server',
};

interface Found {
  callback: string;
  file: string;
  line: number;
  message: string;
}

/** Compiles the sources with the generated check program, exactly as `dashwright validate` does. */
function check(p: Project, sources: Record<string, string>, data: DataFileType[] = []): Found[] {
  return typecheckCallbacks(p, sources, catalog, undefined, data).map((problem) => ({
    callback: problem.target?.id ?? '',
    file: problem.path.replace(/:\d+$/, ''),
    line: problem.line ?? 0,
    message: problem.message,
  }));
}

describe('generateCallbackTypes', () => {
  it('declares inputs, outputs, ctx and the shared types', () => {
    const text = generateCallbackTypes(project([double]), catalog, 'double');
    expect(text).toContain('interface Inputs {');
    expect(text).toMatch(/\bn: number;/);
    expect(text).toContain('type Outputs = string | NoUpdate | Patch;');
    expect(text).toContain('interface Ctx {');
    expect(text).toContain('readonly triggered: Array<"n.value">;');
    expect(text).toContain('type Figure = ');
    expect(text).toContain('type PlotEvent = ');
    expect(text).toContain('type CallbackFn = (args: Inputs, ctx: Ctx) => Outputs | Promise<Outputs>;');
    expect(text).not.toMatch(/\b(import|export)\b/);
  });

  it('types named values as unknown and makes several outputs optional keys', () => {
    const spec = {
      ...double,
      id: 'multi',
      inputs: [{ id: 'filtered', prop: 'value', as: 'rows' }],
      state: [{ id: 'region', prop: 'value' }],
      outputs: [
        { id: 'chart', prop: 'figure', as: 'figure' },
        { id: 'out', prop: 'text', as: 'summary' },
      ],
    };
    const text = generateCallbackTypes(project([spec]), catalog, 'multi');
    expect(text).toMatch(/rows: unknown;/);
    expect(text).toMatch(/value: string \| number \| null;/);
    expect(text).toMatch(/figure\?: Figure \| NoUpdate \| Patch;/);
    expect(text).toMatch(/summary\?: string \| NoUpdate \| Patch;/);
  });
});

describe('type-checking callbacks with generateCheckProgram', () => {
  it('accepts a correct module, annotated or not', () => {
    const p = project([double, { ...double, id: 'plain', outputs: [{ id: 'out', prop: 'text' }] }]);
    const found = check(p, {
      double: 'export default function double({ n }: Inputs): string {\n  return `twice ${n} is ${n * 2}`;\n}\n',
      plain: 'export default async function plain({ n }: Inputs, ctx: Ctx) {\n  if (n > 5) return ctx.noUpdate;\n  return String(n);\n}\n',
    });
    expect(found).toEqual([]);
  });

  it('accepts the generated template', () => {
    const multi = { ...double, id: 'multi', outputs: [{ id: 'chart', prop: 'figure' }, { id: 'out', prop: 'text' }] };
    const p = project([double, multi]);
    const found = check(p, { double: callbackTemplate(p, catalog, 'double'), multi: callbackTemplate(p, catalog, 'multi') });
    expect(found).toEqual([]);
    expect(callbackTemplate(p, catalog, 'double')).toBe(
      'export default function double({ n }: Inputs, _ctx: Ctx): Outputs {\n  return `n: ${n}`;\n}\n',
    );
    const mirror = { ...double, id: 'mirror-it', outputs: [{ id: 'n', prop: 'max' }] };
    expect(callbackTemplate(project([mirror]), catalog, 'mirror-it')).toContain('function mirror_it({ n }: Inputs, _ctx: Ctx): Outputs {\n  return n;');
  });

  it("reports a string returned to a slider's value in the callback's own file", () => {
    const spec = { ...double, id: 'bad', outputs: [{ id: 'n', prop: 'value', as: 'v' }], inputs: [{ id: 'out', prop: 'text', as: 't' }] };
    const p = project([spec, { ...spec, id: 'annotated' }]);
    const found = check(p, {
      bad: '// comment\nexport default function bad({ t }: Inputs) {\n  return t + "!";\n}\n',
      annotated: 'export default function annotated({ t }: Inputs): Outputs {\n  return t;\n}\n',
    });
    const bad = found.filter((f) => f.callback === 'bad');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ file: 'callbacks/bad.ts', line: 2 });
    expect(bad[0].message).toMatch(/string/);
    expect(bad[0].message).toMatch(/number/);
    const annotated = found.filter((f) => f.callback === 'annotated');
    expect(annotated.length).toBeGreaterThan(0);
    expect(annotated[0]).toMatchObject({ file: 'callbacks/annotated.ts', line: 2 });
  });

  it('lets an argument be narrowed by its own annotation but not given an unrelated type', () => {
    const spec = { ...double, inputs: [{ id: 'filtered', prop: 'value', as: 'rows' }, { id: 'n', prop: 'value', as: 'n' }] };
    const p = project([spec, { ...spec, id: 'wrong' }, { ...spec, id: 'unknownArg' }]);
    const found = check(p, {
      double: 'export default function double({ rows }: { rows: string[] }): string {\n  return rows.join();\n}\n',
      wrong: 'export default function wrong({ n }: { n: string }): string {\n  return n;\n}\n',
      unknownArg: 'export default function unknownArg({ m }: { m: number }): string {\n  return String(m);\n}\n',
    });
    expect(found.map((f) => f.callback).sort()).toEqual(['unknownArg', 'wrong']);
    expect(found.find((f) => f.callback === 'wrong')).toMatchObject({ file: 'callbacks/wrong.ts', line: 1 });
  });

  it('types ctx: data readers, triggered, preventUpdate', () => {
    const source = [
      'export default async function double({ n }: Inputs, ctx: Ctx): Promise<Outputs> {',
      "  if (!ctx.triggered.includes('n.value')) ctx.preventUpdate();",
      "  const rows = await ctx.data.csv('rows.csv');",
      "  const cfg = await ctx.data.json<{ unit: string }>('cfg.json');",
      "  return `${n} ${cfg.unit} ${rows.length} ${(await ctx.data.text('a.txt')).length}`;",
      '}',
      '',
    ].join('\n');
    expect(check(project([double]), { double: source })).toEqual([]);
  });

  it('makes ctx.data in a client callback an error that says why, before it runs', () => {
    const source = "export default async function double({ n }: Inputs, ctx: Ctx): Promise<Outputs> {\n  const rows = await ctx.data.csv('rows.csv');\n  return `${n} ${rows.length}`;\n}\n";
    const found = check(project([{ ...double, placement: 'client' }]), { double: source });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ callback: 'double', line: 2 });
    expect(found[0]!.message).toMatch(/ctx\.data is not available in a client callback .*set its placement to server/);
    expect(check(project([double]), { double: source })).toEqual([]);
  });

  it('types ctx.parseCsv: rows as CsvRow, or the row type asked for; a non-string is an error', () => {
    const ok = 'export default function double({ n }: Inputs, ctx: Ctx): string {\n  const rows = ctx.parseCsv("a,b\\n1,2");\n  const typed = ctx.parseCsv<{ a: number }>("data:text/csv,a%0A1");\n  return `${rows.length + n} ${typed[0]!.a.toFixed(0)}`;\n}\n';
    expect(check(project([double]), { double: ok })).toEqual([]);
    const bad = 'export default function double({ n }: Inputs, ctx: Ctx): string {\n  return String(ctx.parseCsv(n).length);\n}\n';
    expect(check(project([double]), { double: bad })).toMatchObject([{ callback: 'double', line: 2 }]);
  });

  it('checks the argument types inside the body', () => {
    const found = check(project([double]), { double: 'export default function double({ n }: Inputs): string {\n  return n.toUpperCase();\n}\n' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'callbacks/double.ts', line: 2 });
  });

  const multi = {
    ...double,
    id: 'multi',
    outputs: [
      { id: 'chart', prop: 'figure', as: 'figure' },
      { id: 'out', prop: 'text', as: 'summary' },
    ],
  };

  it('lets a multi-output callback leave keys out or return noUpdate', () => {
    const found = check(project([multi]), {
      multi: 'export default function multi({ n }: Inputs, ctx: Ctx) {\n  if (n > 3) return { summary: ctx.noUpdate };\n  return { summary: `n=${n}` };\n}\n',
    });
    expect(found).toEqual([]);
  });

  it('reports a key that is not an output, annotated or not', () => {
    const p = project([multi, { ...multi, id: 'typed' }]);
    const found = check(p, {
      multi: 'export default async function multi({ n }: Inputs) {\n  return { summary: "x", sumary: n };\n}\n',
      typed: 'export default function typed({ n }: Inputs): Outputs {\n  return { summary: "x", sumary: n };\n}\n',
    });
    const untyped = found.filter((f) => f.callback === 'multi');
    expect(untyped).toHaveLength(1);
    expect(untyped[0]).toMatchObject({ file: 'callbacks/multi.ts', line: 1 });
    expect(untyped[0].message).toContain('sumary');
    const typed = found.filter((f) => f.callback === 'typed');
    expect(typed.length).toBeGreaterThan(0);
    expect(typed[0]).toMatchObject({ file: 'callbacks/typed.ts', line: 2 });
  });

  it('types a named value as what its producer returns, field by field for several outputs', () => {
    const produce = { ...double, id: 'produce', outputs: [{ id: 'filtered', prop: 'value', as: 'rows' }] };
    const consume = { ...double, id: 'consume', inputs: [{ id: 'filtered', prop: 'value', as: 'rows' }] };
    const p = project([produce, consume]);
    const producer = 'export default function produce({ n }: Inputs, ctx: Ctx) {\n  if (n < 0) return ctx.noUpdate;\n  return [{ country: "Chad", life: 50 + n }];\n}\n';
    expect(check(p, { produce: producer, consume: 'export default function consume({ rows }: Inputs): string {\n  return rows.map((r) => `${r.country} ${r.life.toFixed(1)}`).join();\n}\n' })).toEqual([]);
    const typo = check(p, { produce: producer, consume: 'export default function consume({ rows }: Inputs): string {\n  return rows.map((r) => r.contry).join();\n}\n' });
    expect(typo).toHaveLength(1);
    expect(typo[0]).toMatchObject({ callback: 'consume', file: 'callbacks/consume.ts', line: 2 });
    expect(typo[0].message).toMatch(/contry/);

    const both = { ...produce, outputs: [{ id: 'filtered', prop: 'value', as: 'rows' }, { id: 'out', prop: 'text', as: 'text' }] };
    const multi = check(project([both, consume]), {
      produce: 'export default function produce({ n }: Inputs) {\n  return { rows: [n, n * 2], text: "made" };\n}\n',
      consume: 'export default function consume({ rows }: Inputs): string {\n  return rows.toUpperCase();\n}\n',
    });
    expect(multi).toHaveLength(1);
    expect(multi[0].message).toMatch(/toUpperCase.*number\[\]/);
  });

  it('starts a value-producing callback without a return annotation, so the value takes the type it returns', () => {
    const produce = { ...double, id: 'produce', outputs: [{ id: 'filtered', prop: 'value', as: 'rows' }] };
    expect(callbackTemplate(project([produce]), catalog, 'produce')).toMatch(/^export default function produce\(\{ n \}: Inputs, _ctx: Ctx\) \{/);
  });

  it("types ctx.data's readers by the data files: fields are known, a misspelt one is an error", () => {
    const data: DataFileType[] = [
      { name: 'rows.json', kind: 'json', tsType: 'Array<{ country: string; pop: number }>' },
      { name: 'pop.csv', kind: 'csv', tsType: 'Array<{ year: number; capital: string | null }>' },
    ];
    const ok = 'export default async function double({ n }: Inputs, ctx: Ctx): Promise<string> {\n  const rows = await ctx.data.json("rows.json");\n  const csv = await ctx.data.csv("pop.csv");\n  return `${rows[0]!.country} ${rows.length * n} ${csv[0]!.year.toFixed(0)}`;\n}\n';
    expect(check(project([double]), { double: ok }, data)).toEqual([]);
    const typo = check(project([double]), { double: ok.replace('rows[0]!.country', 'rows[0]!.contry') }, data);
    expect(typo).toHaveLength(1);
    expect(typo[0].message).toMatch(/contry/);
    // Other names, and an explicit type, still go through the generic readers
    const generic = 'export default async function double(_: Inputs, ctx: Ctx): Promise<string> {\n  const x = await ctx.data.json<{ a: string }>("other.json");\n  return x.a;\n}\n';
    expect(check(project([double]), { double: generic }, data)).toEqual([]);
  });

  it('reports a module without a default export', () => {
    const found = check(project([double]), { double: 'export function double() {\n  return "";\n}\n' });
    expect(found.some((f) => f.file === 'callbacks/double.ts' && /default export/.test(f.message))).toBe(true);
  });
});

describe('the example projects', () => {
  for (const name of ['hello', 'gapminder', 'chained', 'background']) {
    it(`${name} type-checks with its generated types and its data files' types`, async () => {
      const dir = new URL(`../../examples/${name}/`, import.meta.url);
      const p = JSON.parse(readFileSync(new URL('dashwright.json', dir), 'utf8')) as Project;
      const sources: Record<string, string> = {};
      for (const cb of p.callbacks) sources[cb.id] = readFileSync(new URL(`callbacks/${cb.id}.ts`, dir), 'utf8');
      expect(check(p, sources, await readDataTypes(new URL('data/', dir).pathname))).toEqual([]);
    });
  }
});
