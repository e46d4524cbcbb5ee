import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCompiledApp } from './compile';
import { compileFolder, doubleSource, helloManifest, tempDir, writeProject } from './testkit';
import { workerEntryPath } from './workerEntry';

const here = path.dirname(fileURLToPath(import.meta.url));
const cleanup: string[] = [];
let proc: ChildProcess | undefined;

afterAll(async () => {
  proc?.kill('SIGKILL');
  await Promise.all(cleanup.map((d) => fs.rm(d, { recursive: true, force: true })));
});

/** What an exporter does: server.mjs + worker.mjs side by side, run with plain node and no node_modules. */
describe('bundled server', () => {
  it('finds worker.mjs beside server.mjs, runs callbacks and stops endless ones', async () => {
    const manifest = helloManifest();
    (manifest.components as unknown[]).push(
      { id: 'k', type: 'slider', props: {}, grid: { x: 0, y: 2, w: 2, h: 1 } },
      { id: 'res', type: 'text', props: {}, grid: { x: 2, y: 2, w: 2, h: 1 } },
    );
    (manifest.callbacks as unknown[]).push({ id: 'spin', inputs: [{ id: 'k', prop: 'value' }], outputs: [{ id: 'res', prop: 'text' }], timeoutMs: 300, preventInitialCall: true });
    const project = await writeProject({ manifest, callbacks: { double: doubleSource, spin: 'export default () => { while (true) {} };\n' } });
    const out = await tempDir('dashwright-bundle-');
    cleanup.push(project, out);
    await writeCompiledApp(path.join(out, 'app'), await compileFolder(project));
    await fs.writeFile(
      path.join(out, 'entry.ts'),
      `import { createAppServer } from ${JSON.stringify(path.join(here, 'appServer.ts'))};
import { readCompiledApp } from ${JSON.stringify(path.join(here, 'compile.ts'))};
import { createCatalog } from ${JSON.stringify(path.join(here, '..', 'components', 'catalog.ts'))};
const dir = new URL('.', import.meta.url).pathname;
const server = await createAppServer({ catalog: createCatalog(), clientAssets: { files: new Map() }, workers: 1 });
await server.setApp(await readCompiledApp(dir + 'app'));
const { url } = await server.listen(0);
process.stdout.write(url + '\\n');
`,
    );
    const { build } = await import('esbuild');
    await build({
      entryPoints: { server: path.join(out, 'entry.ts'), worker: workerEntryPath() },
      outdir: out,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      banner: { js: "import { createRequire as __dwRequire } from 'node:module'; const require = __dwRequire(import.meta.url);" },
    });
    const server = await fs.readFile(path.join(out, 'server.mjs'), 'utf8');
    expect(server).not.toMatch(/esbuild\/lib\/main/);

    proc = spawn(process.execPath, [path.join(out, 'server.mjs')], { cwd: out, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      proc!.stdout!.once('data', (c: Buffer) => resolve(c.toString().trim()));
      proc!.once('exit', (code) => reject(new Error(`server.mjs exited (${code}): ${stderr}`)));
    });
    const post = async (body: unknown) => (await fetch(new URL('_dashwright/update', url), { method: 'POST', body: JSON.stringify(body) })).json();
    expect(await post({ changed: ['n.value'], values: { 'n.value': 5 } })).toMatchObject({ updates: { 'out.text': 'twice 5 is 10' }, ran: ['double'], errors: [] });
    const stopped = (await post({ changed: ['k.value'], values: { 'k.value': 1 } })) as { errors: { message: string }[] };
    expect(stopped.errors[0].message).toMatch(/300 ms time limit/);
    expect(await post({ changed: ['n.value'], values: { 'n.value': 2 } })).toMatchObject({ updates: { 'out.text': 'twice 2 is 4' } });
  }, 60_000);
});
