import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'dashwright.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'dw-cli-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('dashwright validate', { timeout: 180_000 }, () => {
  it('prints a cycle and exits 1', () => {
    const dir = join(tmp, 'cycle');
    cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8'));
    manifest.components.push({ id: 'm', type: 'slider', props: {}, grid: { x: 0, y: 2, w: 4, h: 2 } });
    manifest.callbacks = [
      { id: 'up', inputs: [{ id: 'n', prop: 'value' }], outputs: [{ id: 'm', prop: 'value' }] },
      { id: 'down', inputs: [{ id: 'm', prop: 'value' }], outputs: [{ id: 'n', prop: 'value' }] },
    ];
    writeFileSync(join(dir, 'dashwright.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'callbacks', 'up.ts'), 'export default ({ value }: { value: number }) => value;\n');
    writeFileSync(join(dir, 'callbacks', 'down.ts'), 'export default ({ value }: { value: number }) => value;\n');
    const r = cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('callback cycle: n.value → up → m.value → down → n.value');
  });

  it('validates a project with its own component; a type error in it exits 1 naming the file and line', () => {
    expect(cli('validate', join(ROOT, 'examples', 'gauges')).code).toBe(0);
    const dir = join(tmp, 'gauge-typed');
    cpSync(join(ROOT, 'examples', 'gauges'), dir, { recursive: true });
    const file = join(dir, 'components', 'gauge', 'index.tsx');
    const source = readFileSync(file, 'utf8');
    const line = source.split('\n').findIndex((l) => l.includes("setProp('value', 0)")) + 1;
    writeFileSync(file, source.replace("setProp('value', 0)", "setProp('value', 'zero')"));
    const r = cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`components/gauge/index.tsx:${line}: Argument of type 'string' is not assignable to parameter of type 'number'`);
    // A callback reading the gauge is typed by its schema: a string returned to its value is an error too.
    writeFileSync(file, source);
    writeFileSync(join(dir, 'callbacks', 'readings.ts'), 'export default () => ({ pressure: "high", temperature: 1 });\n');
    const typed = cli('validate', dir);
    expect(typed.code).toBe(1);
    expect(typed.out).toMatch(/callbacks\/readings\.ts:1: .*string.*number/s);
  });

  it('passes the examples and reports a type error in a callback with its line', () => {
    expect(cli('validate', join(ROOT, 'examples', 'hello')).code).toBe(0);
    const dir = join(tmp, 'typed');
    cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
    writeFileSync(join(dir, 'callbacks', 'double.ts'), 'export default function double({ n }: { n: number }) {\n  return n * 2;\n}\n');
    const r = cli('validate', dir, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { ok: boolean; problems: { path: string; code: string; message: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'type', path: 'callbacks/double.ts:1' }));
    expect(report.problems[0].message).toMatch(/number.*string|string.*number/);
  });

  it('refuses a manifest of a newer format version and leaves it untouched', () => {
    const dir = join(tmp, 'future');
    cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
    const text = readFileSync(join(dir, 'dashwright.json'), 'utf8').replace('"version": 1', '"version": 7');
    writeFileSync(join(dir, 'dashwright.json'), text);
    const r = cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/version 7, newer than this Dashwright reads/);
    expect(readFileSync(join(dir, 'dashwright.json'), 'utf8')).toBe(text);
  });
});

describe('dashwright new', { timeout: 180_000 }, () => {
  it('creates a project from a template and refuses a folder that holds one', () => {
    const dir = join(tmp, 'fresh');
    expect(cli('new', dir, '--template', 'chained').code).toBe(0);
    expect(existsSync(join(dir, 'callbacks', 'city_options.ts'))).toBe(true);
    const again = cli('new', dir, '--template', 'hello');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already holds a project/);
    expect(cli('new', join(tmp, 'x'), '--template', 'nope').err).toMatch(/unknown template "nope"/);
  });

  it('explains usage mistakes', () => {
    const r = cli('export', 'examples/hello');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing argument: export <project> --out <dir>/);
  });
});

describe('an exported app', { timeout: 180_000 }, () => {
  const out = join(tmp, 'hello-app');
  let server: ReturnType<typeof spawn> | undefined;
  let base = '';

  beforeAll(async () => {
    const r = cli('export', join(ROOT, 'examples', 'hello'), '--out', out);
    expect(r.code, r.err).toBe(0);
    // Run it from a folder with no node_modules anywhere above it.
    const isolated = mkdtempSync(join(tmpdir(), 'dw-isolated-'));
    cpSync(out, join(isolated, 'app'), { recursive: true });
    const port = 21_000 + Math.floor(Math.random() * 10_000);
    server = spawn(process.execPath, ['server.mjs'], { cwd: join(isolated, 'app'), env: { ...process.env, PORT: String(port) } });
    base = await new Promise<string>((done, fail) => {
      let text = '';
      server!.stdout!.on('data', (c: Buffer) => {
        text += c.toString();
        const m = /running at (http:\/\/\S+)/.exec(text);
        if (m) done(m[1]);
      });
      server!.once('exit', (code) => fail(new Error(`server exited ${code}: ${text}`)));
    });
  }, 240_000);

  afterAll(() => {
    server?.kill();
  });

  it('holds the deployment files', () => {
    for (const f of ['server.mjs', 'worker.mjs', 'Dockerfile', 'README.md', 'k8s.yaml']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'Dockerfile'), 'utf8')).toContain('CMD ["node", "server.mjs"]');
    // Jobs live in one replica's memory: the Service must keep a client on the replica that started its job.
    expect(readFileSync(join(out, 'k8s.yaml'), 'utf8')).toMatch(/kind: Service[\s\S]*sessionAffinity: ClientIP/);
  });

  it('answers the update of DESIGN §4 and 400 for a broken body', async () => {
    const ok = await fetch(`${base}_dashwright/update`, { method: 'POST', body: JSON.stringify({ changed: ['n.value'], values: { 'n.value': 5 } }) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ updates: { 'out.text': 'twice 5 is 10' }, ran: ['double'], errors: [] });
    const bad = await fetch(`${base}_dashwright/update`, { method: 'POST', body: '{' });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as { error: string }).toHaveProperty('error');
  });

  it('serves the page, the spec without server code, and the health check', async () => {
    const page = await fetch(base);
    expect(await page.text()).toContain('<div id="root">');
    const spec = (await (await fetch(`${base}_dashwright/spec`)).json()) as Record<string, unknown>;
    expect(spec).toMatchObject({ name: 'Hello' });
    expect(JSON.stringify(spec)).not.toContain('twice');
    expect(await (await fetch(`${base}healthz`)).json()).toEqual({ ok: true });
  });

  it('refuses a WORKERS setting that is not a whole number, saying so', () => {
    const run = spawnSync(process.execPath, ['server.mjs'], { cwd: out, env: { ...process.env, PORT: '0', WORKERS: 'two' }, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('WORKERS must be a whole number of at least 1, not "two"');
  });

  it('refuses to export over a folder that is not an export', () => {
    const taken = join(tmp, 'taken');
    mkdirSync(taken, { recursive: true });
    writeFileSync(join(taken, 'notes.txt'), 'mine');
    const r = cli('export', join(ROOT, 'examples', 'hello'), '--out', taken);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not empty and is not an earlier export/);
    expect(readFileSync(join(taken, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
