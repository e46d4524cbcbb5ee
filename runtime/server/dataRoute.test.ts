import { promises as fs } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { dataFileName } from './dataRoute';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
let app: RunningApp;

beforeAll(async () => {
  app = await startApp(createCatalog(), { manifest: helloManifest(), callbacks: { double: doubleSource }, files: { 'data/notes.txt': 'secret', 'data/img/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' } }, { workers: 1 });
  await fs.writeFile(path.join(app.dir, 'data', 'logo.png'), png);
  await fs.writeFile(path.join(app.dir, 'outside.png'), png);
  await fs.symlink(path.join(app.dir, 'outside.png'), path.join(app.dir, 'data', 'link.png'));
});

afterAll(async () => {
  await app?.close();
});

/** A raw GET, so the path reaches the server as written (fetch would resolve "..") */
function rawGet(pathname: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: pathname, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /_dashwright/data/<name>', () => {
  it('serves an image of data/ with its type and an ETag; If-None-Match gets 304', async () => {
    const res = await app.get('_dashwright/data/logo.png');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(png);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await app.get('_dashwright/data/logo.png', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves images in subfolders; an SVG cannot run scripts (CSP sandbox)', async () => {
    const res = await app.get('_dashwright/data/img/logo.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('a new file content gets a new ETag', async () => {
    const before = (await app.get('_dashwright/data/logo.png')).headers.get('etag');
    await fs.writeFile(path.join(app.dir, 'data', 'logo.png'), Buffer.concat([png, png]));
    const res = await app.get('_dashwright/data/logo.png');
    expect(res.headers.get('etag')).not.toBe(before);
    expect((await res.arrayBuffer()).byteLength).toBe(png.length * 2);
  });

  it('serves only images: other files of data/ are 404, as are missing ones', async () => {
    const text = await app.get('_dashwright/data/notes.txt');
    expect(text.status).toBe(404);
    expect(((await text.json()) as { error: string }).error).toMatch(/only image files/);
    expect((await app.get('_dashwright/data/missing.png')).status).toBe(404);
  });

  it('refuses names that lead outside data/ with 400, symlinks included', async () => {
    for (const p of ['/_dashwright/data/../outside.png', '/_dashwright/data/..%2Foutside.png', '/_dashwright/data/%2e%2e/outside.png', '/_dashwright/data/img//logo.svg', '/_dashwright/data/a%5C..%5Coutside.png']) {
      const res = await rawGet(p);
      expect(res.status, p).toBe(400);
      expect(res.body).not.toContain('PNG');
    }
    expect((await app.get('_dashwright/data/link.png')).status).toBe(400);
    expect((await rawGet('/_dashwright/data/%E0%A4%A.png')).status).toBe(400);
  });

  it('answers HEAD without a body and refuses POST with 405', async () => {
    const head = await app.get('_dashwright/data/logo.png', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await app.get('_dashwright/data/logo.png', { method: 'POST' })).status).toBe(405);
  });

  it('dataFileName decodes segments and refuses empty, dot and backslash ones', () => {
    expect(dataFileName('img/my%20logo.png')).toEqual({ ok: true, name: 'img/my logo.png' });
    for (const bad of ['', 'a/', './a.png', 'a/../b.png', 'a%00.png']) expect(dataFileName(bad).ok, bad).toBe(false);
  });
});
