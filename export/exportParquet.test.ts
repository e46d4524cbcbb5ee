import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbUnavailable, writeParquet } from '../runtime/server/parquetFixture';
import { helloManifest, writeProject } from '../runtime/server/testkit';
import { exportProject } from './exportApp';

const unavailable = await duckdbUnavailable();
const tmp = mkdtempSync(join(tmpdir(), 'dw-export-parquet-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const source = `export default async function double({ n }: { n: number }, ctx: Ctx): Promise<string> {
  const rows = await ctx.data.parquet('sales.parquet');
  const [top] = await ctx.data.sql("select region, sum(amount) as total from 'sales.parquet' where amount >= $1 group by region order by total desc limit 1", [n]);
  return \`\${rows.length} rows, first on \${rows[0]!.day.toISOString().slice(0, 10)}; top \${top!.region} \${top!.total}\`;
}
`;

function size(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0);
}

function startServer(cwd: string): Promise<{ server: ChildProcess; base: string }> {
  const port = 21_000 + Math.floor(Math.random() * 10_000);
  const server = spawn(process.execPath, ['server.mjs'], { cwd, env: { ...process.env, PORT: String(port), WORKERS: '1' } });
  return new Promise((done, fail) => {
    let text = '';
    const read = (c: Buffer): void => {
      text += c.toString();
      const m = /running at (http:\/\/\S+)/.exec(text);
      if (m) done({ server, base: m[1]! });
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', (c: Buffer) => (text += c.toString()));
    server.once('exit', (code) => fail(new Error(`server exited ${code}: ${text}`)));
  });
}

describe.skipIf(unavailable !== null)(`an exported app that reads Parquet${unavailable ? ` (skipped: ${unavailable})` : ''}`, { timeout: 180_000 }, () => {
  const out = join(tmp, 'parquet-app');
  let server: ChildProcess | undefined;
  let base = '';

  beforeAll(async () => {
    const dir = await writeProject({ manifest: { ...helloManifest(), name: 'Parquet sales' }, callbacks: { double: source } }, join(tmp, 'project'));
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeParquet(join(dir, 'data', 'sales.parquet'), "select * from (values ('north', 10, date '2024-03-01'), ('south', 2, date '2024-03-02'), ('north', 1, date '2024-03-03')) t(region, amount, day)");
    await exportProject({ projectDir: dir, outDir: out });
    // Run it from a folder with no node_modules above it: only what the export holds.
    const isolated = mkdtempSync(join(tmpdir(), 'dw-isolated-'));
    cpSync(out, join(isolated, 'app'), { recursive: true });
    ({ server, base } = await startServer(join(isolated, 'app')));
  }, 240_000);

  afterAll(() => {
    server?.kill();
  });

  it('holds DuckDB for this platform, lists it as a dependency, and its Dockerfile installs the image its own', () => {
    expect(existsSync(join(out, 'sql.mjs'))).toBe(true);
    for (const pkg of ['node-api', 'node-bindings', `node-bindings-${process.platform}-${process.arch}`]) expect(existsSync(join(out, 'node_modules', '@duckdb', pkg, 'package.json')), pkg).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['@duckdb/node-api']);
    expect(readFileSync(join(out, 'Dockerfile'), 'utf8')).toMatch(/COPY \. \.\nRUN npm install --omit=dev/);
    expect(readFileSync(join(out, '.dockerignore'), 'utf8')).toContain('node_modules');
    expect(readFileSync(join(out, 'server.mjs'), 'utf8')).not.toContain('DuckDBInstance');
    console.log(`export with DuckDB: node_modules ${(size(join(out, 'node_modules')) / 1e6).toFixed(1)} MB, sql.mjs ${(size(join(out, 'sql.mjs')) / 1e3).toFixed(1)} kB, total ${(size(out) / 1e6).toFixed(1)} MB`);
  });

  it('answers a callback that reads the Parquet file and queries it', async () => {
    const res = await fetch(`${base}_dashwright/update`, { method: 'POST', body: JSON.stringify({ changed: ['n.value'], values: { 'n.value': 2 } }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ updates: { 'out.text': '3 rows, first on 2024-03-01; top north 10' }, errors: [] });
  });

  it('without the native binding, starts as usual and says what is missing on the Parquet call only', async () => {
    const isolated = mkdtempSync(join(tmpdir(), 'dw-isolated-'));
    const app = join(isolated, 'app');
    cpSync(out, app, { recursive: true });
    rmSync(join(app, 'node_modules', '@duckdb', `node-bindings-${process.platform}-${process.arch}`), { recursive: true, force: true });
    const broken = await startServer(app);
    try {
      const health = await fetch(`${broken.base}healthz`);
      expect(health.status).toBe(200);
      const res = await fetch(`${broken.base}_dashwright/update`, { method: 'POST', body: JSON.stringify({ changed: ['n.value'], values: { 'n.value': 2 } }) });
      const body = (await res.json()) as { errors: Array<{ message: string }> };
      expect(body.errors[0]?.message).toMatch(/^ctx\.data\.parquet\("sales\.parquet"\): Parquet needs @duckdb\/node-api: /);
    } finally {
      broken.server.kill();
    }
  });
});

describe('an exported app without Parquet or SQL', { timeout: 180_000 }, () => {
  it('ships no DuckDB and no dependencies, as before', async () => {
    const dir = await writeProject({ manifest: helloManifest(), callbacks: { double: 'export default ({ n }: { n: number }) => `twice ${n}`;\n' }, files: { 'data/a.csv': 'x\n1\n' } }, join(tmp, 'plain'));
    const plain = join(tmp, 'plain-app');
    await exportProject({ projectDir: dir, outDir: plain });
    expect(existsSync(join(plain, 'node_modules'))).toBe(false);
    expect(existsSync(join(plain, 'sql.mjs'))).toBe(false);
    expect(JSON.parse(readFileSync(join(plain, 'package.json'), 'utf8'))).not.toHaveProperty('dependencies');
    expect(readFileSync(join(plain, 'Dockerfile'), 'utf8')).not.toContain('npm install');
    expect(readFileSync(join(plain, 'README.md'), 'utf8')).toContain('no `npm install`');
  });
});
