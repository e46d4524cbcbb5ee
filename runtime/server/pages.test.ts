import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import type { AppSpec } from '../contracts/spec';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

const manifest = helloManifest();
manifest.pages = [{ path: '/', name: 'Home' }, { path: '/second-page', name: 'Second' }, { path: '/reports/q1', name: 'Q1' }];
(manifest.components as unknown[]).push(
  { id: 'loc', type: 'location', props: {}, grid: { x: 0, y: 4, w: 2, h: 1 } },
  { id: 'far', type: 'text', props: { text: 'on the second page' }, grid: { x: 0, y: 0, w: 6, h: 2 }, page: '/second-page' },
);

let app: RunningApp;
let plain: RunningApp;

beforeAll(async () => {
  [app, plain] = await Promise.all([
    startApp(createCatalog(), { manifest, callbacks: { double: doubleSource } }, { workers: 1 }),
    startApp(createCatalog(), { manifest: helloManifest(), callbacks: { double: doubleSource } }, { workers: 1 }),
  ]);
});

afterAll(async () => {
  await Promise.all([app?.close(), plain?.close()]);
});

describe('pages over HTTP (DESIGN §4b)', () => {
  it('every page path serves the app page, its <base> leading back to the app root', async () => {
    for (const [path, base] of [['/', './'], ['/second-page', './'], ['/second-page/', '../'], ['/reports/q1', '../']] as const) {
      const res = await app.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      const html = await res.text();
      expect(html).toContain(`<base href="${base}">`);
      expect(html).toContain('src="_dashwright/assets/app.js"');
    }
    expect((await app.get('/second-page?tab=2')).status).toBe(200);
  });

  it('a path that is no page is a 404 that names the pages; an app without pages serves "/" only', async () => {
    const res = await app.get('/third');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBe("no such page: /third (this app's pages: /, /second-page, /reports/q1)");
    expect((await plain.get('/second-page')).status).toBe(404);
    expect((await plain.get('/')).status).toBe(200);
  });

  it('the spec carries the pages and the components their page; location props are inputs on the wire', async () => {
    const spec = (await (await app.get('/_dashwright/spec')).json()) as AppSpec;
    expect(spec.pages).toEqual(manifest.pages);
    expect(spec.components.find((c) => c.id === 'far')?.page).toBe('/second-page');
    const { status } = await app.post({ changed: ['loc.pathname'], values: { 'loc.pathname': '/second-page' } });
    expect(status).toBe(200);
  });
});
