import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { parseProject, serializeProject } from '../schema/parse';
import type { Project } from '../schema/project';
import { loadProjectFolder, saveProjectFolder } from './projectFolder';
import { JOURNAL_DIR } from './saveTransaction';
import { doubleSource, helloManifest, tempDir, writeProject } from './testkit';

const dirs: string[] = [];
async function dir(): Promise<string> {
  const d = await tempDir();
  dirs.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

function hello(): Project {
  const parsed = parseProject(helloManifest());
  if (!parsed.ok) throw new Error('fixture');
  return parsed.project;
}

describe('loadProjectFolder / saveProjectFolder', () => {
  it('round-trips a project, and a second identical save writes nothing', async () => {
    const d = await dir();
    const first = await saveProjectFolder(d, hello(), { double: doubleSource });
    expect(first.written.sort()).toEqual(['callbacks/double.ts', 'dashwright.json']);
    const loaded = await loadProjectFolder(d);
    expect(loaded).toEqual({ ok: true, project: hello(), callbacks: { double: doubleSource }, components: {}, problems: [] });
    expect(await fs.readFile(path.join(d, 'dashwright.json'), 'utf8')).toBe(serializeProject(hello()));
    expect((await saveProjectFolder(d, hello(), { double: doubleSource })).written).toEqual([]);
  });

  it('removes modules of deleted callbacks and leaves helper files alone', async () => {
    const d = await dir();
    const project = hello();
    project.callbacks.push({ ...project.callbacks[0], id: 'extra', outputs: [{ id: 'out', prop: 'text', as: 'text' }] });
    await saveProjectFolder(d, project, { double: doubleSource, extra: doubleSource });
    await fs.writeFile(path.join(d, 'callbacks', 'util.ts'), 'export const x = 1;\n');
    const result = await saveProjectFolder(d, hello(), { double: doubleSource });
    expect(result.removed).toEqual(['callbacks/extra.ts']);
    expect((await fs.readdir(path.join(d, 'callbacks'))).sort()).toEqual(['double.ts', 'util.ts']);
  });

  it('refuses a newer format version without touching the file, on load and on save', async () => {
    const d = await dir();
    const newer = `${JSON.stringify({ ...helloManifest(), version: 99, futureField: true }, null, 2)}\n`;
    await fs.writeFile(path.join(d, 'dashwright.json'), newer);
    const before = await fs.stat(path.join(d, 'dashwright.json'));
    const loaded = await loadProjectFolder(d);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toMatch(/format version 99, newer than this Dashwright reads \(1\)/);
    await expect(saveProjectFolder(d, hello(), { double: doubleSource })).rejects.toThrow(/refusing to overwrite .*version 99/);
    expect(await fs.readFile(path.join(d, 'dashwright.json'), 'utf8')).toBe(newer);
    expect((await fs.stat(path.join(d, 'dashwright.json'))).mtimeMs).toBe(before.mtimeMs);
    expect(await fs.readdir(d)).toEqual(['dashwright.json']);
  });

  it('reports bad JSON with its line and column', async () => {
    const d = await dir();
    await fs.writeFile(path.join(d, 'dashwright.json'), '{\n  "format": "dashwright",\n  "version": 1,,\n}\n');
    const loaded = await loadProjectFolder(d);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.message).toMatch(/dashwright\.json is not valid JSON: .*\(line 3, column \d+\)/);
      expect(loaded.problems[0]).toMatchObject({ path: 'dashwright.json', code: 'json' });
    }
  });

  it('reports schema problems with their paths', async () => {
    const d = await dir();
    const manifest = helloManifest();
    (manifest.components as { grid: { w: number } }[])[0].grid.w = 0;
    await writeProject({ manifest, callbacks: { double: doubleSource } }, d);
    const loaded = await loadProjectFolder(d);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems.map((p) => p.path)).toContain('components[0].grid.w');
  });

  it('explains a missing manifest or folder', async () => {
    const d = await dir();
    const empty = await loadProjectFolder(d);
    expect(empty.ok === false && empty.message).toMatch(/is not a Dashwright project: it has no dashwright\.json/);
    const none = await loadProjectFolder(path.join(d, 'nope'));
    expect(none.ok === false && none.message).toMatch(/does not exist or is not a folder/);
  });

  it('lists missing callback modules, and graph problems when given the catalog', async () => {
    const d = await dir();
    const manifest = helloManifest();
    (manifest.components as { type: string }[])[1].type = 'hologram';
    await writeProject({ manifest, callbacks: {} }, d);
    const plain = await loadProjectFolder(d);
    expect(plain.ok && plain.problems.map((p) => p.code)).toEqual(['missing-module']);
    const full = await loadProjectFolder(d, { catalog: createCatalog() });
    expect(full.ok && full.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['missing-module', 'unknown-type']));
  });

  it('refuses to save an invalid project or an unsafe callback id', async () => {
    const d = await dir();
    const bad = { ...hello(), name: '' };
    await expect(saveProjectFolder(d, bad, {})).rejects.toThrow(/refusing to save an invalid project: name/);
    const sneaky = hello();
    sneaky.callbacks[0].id = '../../escape';
    await expect(saveProjectFolder(d, sneaky, { '../../escape': 'x' })).rejects.toThrow(/callbacks\[0\]\.id/);
    expect(await fs.readdir(d)).toEqual([]);
  });

  it('shows readers only the whole old or whole new manifest while saving', async () => {
    const d = await dir();
    const old = bigProject('a');
    await saveProjectFolder(d, old, { double: doubleSource });
    const lengths = new Set([serializeProject(old).length, serializeProject(bigProject('b')).length + 1]);
    const seen: number[] = [];
    let saving = true;
    const observer = (async () => {
      while (saving) {
        seen.push((await fs.stat(path.join(d, 'dashwright.json'))).size);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const next = bigProject('b');
    next.name = 'Hello!';
    await saveProjectFolder(d, next, { double: doubleSource });
    saving = false;
    await observer;
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.filter((size) => !lengths.has(size))).toEqual([]);
  }, 30_000);

  it('leaves the old manifest intact when the saving process is killed mid-write', async () => {
    const d = await dir();
    await saveProjectFolder(d, bigProject('a'), { double: doubleSource });
    const before = await fs.readFile(path.join(d, 'dashwright.json'));
    await fs.writeFile(path.join(d, 'next.json'), JSON.stringify(bigProject('b')));
    const child = await bundleSaver(d);
    const proc = spawn(process.execPath, [child, d], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let exitCode: number | null | undefined;
    const exited = new Promise<void>((resolve) => proc.once('exit', (code) => resolve(void (exitCode = code))));
    // Kill the moment the new manifest is being staged: the save is then surely under way.
    let temp: string | undefined;
    while (!temp && exitCode === undefined) {
      temp = (await fs.readdir(path.join(d, JOURNAL_DIR)).catch(() => [] as string[])).find((name) => name.endsWith('.staged'));
    }
    proc.kill('SIGKILL');
    await exited;
    expect(temp, `the child exited before writing (${exitCode}): ${stderr}`).toBeDefined();
    expect(exitCode).toBeNull();
    expect((await fs.readFile(path.join(d, 'dashwright.json'))).equals(before)).toBe(true);
    const loaded = await loadProjectFolder(d);
    expect(loaded.ok && loaded.project.components[1].props.text).toBe('a'.repeat(BIG));
    // The next save drops the half-staged one.
    await saveProjectFolder(d, hello(), { double: doubleSource });
    expect((await fs.readdir(d)).sort()).toEqual(['callbacks', 'dashwright.json', 'next.json', 'saver-entry.ts', 'saver.mjs']);
  }, 60_000);


});

const BIG = 20_000_000;

/** A project whose manifest is large enough that writing it takes a while. */
function bigProject(letter: string): Project {
  const p = hello();
  p.components[1].props = { text: letter.repeat(BIG) };
  return p;
}

/** A child script (plain node, bundled with esbuild) that saves next.json's project over the folder once. */
async function bundleSaver(d: string): Promise<string> {
  const { build } = await import('esbuild');
  const entry = path.join(d, 'saver-entry.ts');
  await fs.writeFile(
    entry,
    `import { readFileSync } from 'node:fs';
import { saveProjectFolder } from ${JSON.stringify(fileURLToPath(new URL('./projectFolder.ts', import.meta.url)))};
const dir = process.argv[2];
await saveProjectFolder(dir, JSON.parse(readFileSync(dir + '/next.json', 'utf8')), {});
`,
  );
  const out = path.join(d, 'saver.mjs');
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    // write-file-atomic is CommonJS and uses require and __filename.
    banner: {
      js: "import { createRequire } from 'node:module'; import { fileURLToPath } from 'node:url'; const require = createRequire(import.meta.url); const __filename = fileURLToPath(import.meta.url);",
    },
  });
  return out;
}

describe('project components on disk', () => {
  it('reads components/<type>/index.tsx and saves what changed, leaving other files alone', async () => {
    const d = await dir();
    const gauge = "export default 'gauge';\n";
    const first = await saveProjectFolder(d, hello(), { double: doubleSource }, { gauge });
    expect(first.written).toContain('components/gauge/index.tsx');
    await fs.mkdir(path.join(d, 'components', 'notes'), { recursive: true });
    await fs.writeFile(path.join(d, 'components', 'notes', 'README.md'), 'not a component');
    const loaded = await loadProjectFolder(d);
    expect(loaded.ok && loaded.components).toEqual({ gauge });
    expect((await saveProjectFolder(d, hello(), { double: doubleSource }, { gauge })).written).toEqual([]);
    await expect(saveProjectFolder(d, hello(), {}, { '../x': 'y' })).rejects.toThrow(/refusing to save a component named/);
  });
});
