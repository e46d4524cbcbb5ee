import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProject } from '../schema/parse';
import type { Project } from '../schema/project';
import { compileApp, readCompiledApp, writeCompiledApp, type CompileProblem } from './compile';
import { tempDir } from './testkit';

function project(callbacks: { id: string; placement?: 'server' | 'client' }[]): Project {
  const parsed = parseProject({
    format: 'dashwright',
    version: 1,
    name: 'Compile',
    components: [{ id: 'out', type: 'text', props: {}, grid: { x: 0, y: 0, w: 1, h: 1 } }],
    callbacks: callbacks.map((cb) => ({ id: cb.id, outputs: [{ id: 'out', prop: cb.id }], placement: cb.placement ?? 'server' })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.project;
}

async function importModule(code: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe('compileApp', () => {
  it('compiles server callbacks into runnable ES modules with project-relative source maps', async () => {
    const app = await compileApp({
      project: project([{ id: 'fmt' }]),
      callbacks: { fmt: 'import { label } from "./lib/label";\nexport default ({ n }: { n: number }): string => label(n);\n' },
      files: { 'callbacks/lib/label.ts': 'export const label = (n: number): string => `n = ${n}`;\n' },
    });
    expect(app.problems).toEqual([]);
    const mod = await importModule(app.server.fmt.code);
    expect((mod.default as (a: { n: number }) => string)({ n: 4 })).toBe('n = 4');
    expect((JSON.parse(app.server.fmt.map) as { sources: string[] }).sources.sort()).toEqual(['callbacks/fmt.ts', 'callbacks/lib/label.ts']);
  });

  it('reports a compile error with the file and line, and still compiles the other callbacks', async () => {
    const app = await compileApp({
      project: project([{ id: 'good' }, { id: 'bad' }, { id: 'absent' }]),
      callbacks: { good: 'export default () => 1;\n', bad: 'export default () => {\n  return 1 +;\n};\n' },
    });
    expect(Object.keys(app.server)).toEqual(['good']);
    const bad = app.problems.find((p) => p.path === 'callbacks/bad.ts') as CompileProblem;
    expect(bad).toMatchObject({ severity: 'error', code: 'compile', line: 2, target: { kind: 'callback', id: 'bad' } });
    expect(bad.message).toMatch(/line 2/);
    expect(app.problems.find((p) => p.code === 'missing-module')).toMatchObject({ path: 'callbacks/absent.ts', severity: 'error' });
  });

  it('allows local helpers and Node built-ins on the server only; refuses packages and paths outside the project', async () => {
    const app = await compileApp({
      project: project([{ id: 'pkg' }, { id: 'escape' }, { id: 'nodeServer' }, { id: 'nodeClient', placement: 'client' }]),
      callbacks: {
        pkg: 'import _ from "lodash";\nexport default () => _;\n',
        escape: 'import x from "../../secret";\nexport default () => x;\n',
        nodeServer: 'import { cpus } from "node:os";\nexport default () => cpus().length > 0;\n',
        nodeClient: 'import { cpus } from "node:os";\nexport default () => cpus().length;\n',
      },
    });
    const byPath = (id: string) => app.problems.filter((p) => p.path === `callbacks/${id}.ts` && p.severity === 'error').map((p) => p.message);
    expect(byPath('pkg')[0]).toMatch(/"lodash" is a package or absolute path; callbacks may import only local files/);
    expect(byPath('escape')[0]).toMatch(/leads outside the project folder/);
    expect(byPath('nodeClient')[0]).toMatch(/a client callback runs in the browser/);
    expect(Object.keys(app.server)).toEqual(['nodeServer']);
    expect(((await importModule(app.server.nodeServer.code)).default as () => boolean)()).toBe(true);
    expect(app.clientBundle).toBeUndefined();
  });

  it('reads helpers from the project folder on disk', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    await fs.mkdir(path.join(dir, 'callbacks'), { recursive: true });
    await fs.writeFile(path.join(dir, 'callbacks', 'util.ts'), 'export const twice = (n: number) => n * 2;\n');
    const input = { project: project([{ id: 'calc' }]), callbacks: { calc: 'import { twice } from "./util";\nexport default ({ n }: { n: number }) => twice(n);\n' }, dir };
    const first = await compileApp(input);
    expect(first.problems).toEqual([]);
    expect(((await importModule(first.server.calc.code)).default as (a: { n: number }) => number)({ n: 21 })).toBe(42);
    await fs.writeFile(path.join(dir, 'callbacks', 'util.ts'), 'export const twice = (n: number) => n + n + 0;\n');
    expect((await compileApp(input)).revision).not.toBe(first.revision);
  });

  it('compiles the edited (unsaved) source, not the saved file of the same callback', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    await fs.mkdir(path.join(dir, 'callbacks'), { recursive: true });
    await fs.writeFile(path.join(dir, 'callbacks', 'calc.ts'), 'export default () => "saved";\n');
    const app = await compileApp({ project: project([{ id: 'calc' }]), callbacks: { calc: 'export default () => "edited";\n' }, dir });
    expect(((await importModule(app.server.calc.code)).default as () => string)()).toBe('edited');
  });

  it('bundles client callbacks into one browser module keyed by id, leaving out one that does not compile', async () => {
    const app = await compileApp({
      project: project([{ id: 'up', placement: 'client' }, { id: 'down', placement: 'client' }, { id: 'broken', placement: 'client' }, { id: 'srv' }]),
      callbacks: {
        up: 'export default ({ s }: { s: string }) => s.toUpperCase();\n',
        down: 'export default ({ s }: { s: string }) => s.toLowerCase();\n',
        broken: 'export default ( => 1;\n',
        srv: 'export default () => "server";\n',
      },
    });
    expect(app.problems.map((p) => p.path)).toEqual(['callbacks/broken.ts']);
    const mod = await importModule(app.clientBundle!);
    const fns = mod.default as Record<string, (a: { s: string }) => string>;
    expect(Object.keys(fns).sort()).toEqual(['down', 'up']);
    expect(fns.up({ s: 'a' })).toBe('A');
    expect(app.clientBundle).not.toContain('"server"');
    const inline = /sourceMappingURL=data:application\/json;base64,(\S+)/.exec(app.clientBundle!)![1];
    const sources = (JSON.parse(Buffer.from(inline, 'base64').toString()) as { sources: string[] }).sources;
    expect(sources).toEqual(expect.arrayContaining(['callbacks/down.ts', 'callbacks/up.ts']));
    expect(sources.filter((s) => s.startsWith('dw:'))).toEqual([]);
    expect(Object.keys(app.server)).toEqual(['srv']);
  });

  it('marks straight-line server callbacks as bounded, so the server may run them on its event loop', async () => {
    const app = await compileApp({
      project: project([{ id: 'plain' }, { id: 'loops' }, { id: 'calls' }, { id: 'slow' }]),
      callbacks: {
        plain: 'export default ({ n }: { n: number }): string => `twice ${n} is ${n * 2}`;\n',
        loops: 'export default ({ n }: { n: number }): number => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; };\n',
        calls: 'export default ({ n }: { n: number }): string => n.toFixed(2);\n',
        slow: 'export default async ({ n }: { n: number }): Promise<number> => n;\n',
      },
    });
    expect(Object.fromEntries(Object.entries(app.server).map(([id, m]) => [id, m.bounded === true]))).toEqual({ plain: true, loops: false, calls: false, slow: false });
  });

  it('gives the same revision for the same input and a new one when anything changes', async () => {
    const input = { project: project([{ id: 'a' }]), callbacks: { a: 'export default () => 1;\n' } };
    const one = await compileApp(input);
    expect((await compileApp(input)).revision).toBe(one.revision);
    expect((await compileApp({ ...input, callbacks: { a: 'export default () => 2;\n' } })).revision).not.toBe(one.revision);
    expect((await compileApp({ ...input, project: { ...input.project, name: 'Renamed' } })).revision).not.toBe(one.revision);
  });
});

describe('writeCompiledApp / readCompiledApp', () => {
  it('round-trips a compiled app through a folder', async () => {
    const app = await compileApp({
      project: project([{ id: 'a' }, { id: 'c', placement: 'client' }, { id: 'bad' }]),
      callbacks: { a: 'export default () => 1;\n', c: 'export default () => 2;\n', bad: 'export default (;\n' },
    });
    const dir = await tempDir();
    dirs.push(dir);
    await writeCompiledApp(path.join(dir, 'app'), app);
    expect(await readCompiledApp(path.join(dir, 'app'))).toEqual(app);
  });

  it('says clearly when the file is missing or not a compiled app', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    await expect(readCompiledApp(dir)).rejects.toThrow(/compiled-app\.json: no such file/);
    await fs.writeFile(path.join(dir, 'compiled-app.json'), '{"format":"something-else"}');
    await expect(readCompiledApp(dir)).rejects.toThrow(/not a compiled Dashwright app/);
  });
});
