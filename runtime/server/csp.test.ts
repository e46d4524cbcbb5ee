import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import type { ComponentInstance } from '../schema/project';
import { pageCsp } from './csp';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

const grid = { x: 0, y: 0, w: 4, h: 4 };
const component = (id: string, type: string, props: Record<string, unknown>): ComponentInstance => ({ id, type, props, grid });

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('pageCsp', () => {
  it('without external sources: everything from the app itself; no plugins, base or foreign forms', () => {
    const d = directives(pageCsp({ components: [component('t', 'text', {})] }));
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https:']);
  });

  it('script-src admits exactly the URLs of settings.allowScripts (data/ files are the app\'s own)', () => {
    const settings = { allowScripts: ['https://cdn.example.com/widget.js?v=2', 'https://libs.example.org/charts/', 'local.js', "https://evil.example/a.js; script-src *"] };
    const d = directives(pageCsp({ components: [], settings }));
    expect(d.get('script-src')).toEqual(["'self'", 'https://cdn.example.com/widget.js', 'https://libs.example.org/charts/']);
    // A loaded script may talk to its own origin.
    expect(d.get('connect-src')).toEqual(["'self'", 'https://cdn.example.com', 'https://libs.example.org']);
  });

  it('map tile hosts go into img-src ({s} subdomains as a wildcard), analytics endpoints into connect-src', () => {
    const d = directives(
      pageCsp({
        components: [
          component('m', 'map', { tiles: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png' }),
          component('local', 'map', { tiles: 'http://127.0.0.1:8999/tiles/{z}/{x}/{y}.png' }),
          component('mp', 'analytics', { provider: 'mixpanel', token: 't' }),
          component('own', 'analytics', { provider: 'http', endpoint: 'https://collect.example.com/e' }),
          component('rel', 'analytics', { provider: 'http', endpoint: '/collect' }),
          component('g', 'graph', {}),
        ],
      }),
    );
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https:', 'https://*.tile.openstreetmap.org', 'http://127.0.0.1:8999']);
    expect(d.get('connect-src')).toEqual(["'self'", 'https://api-js.mixpanel.com', 'https://collect.example.com', 'https://cdn.plot.ly']);
  });
});

describe('the page is served with the project\'s CSP; allowed data/ scripts are served', () => {
  let app: RunningApp;
  beforeAll(async () => {
    const manifest = { ...helloManifest(), settings: { allowScripts: ['widget.js', 'https://cdn.example.com/x.js'] } };
    app = await startApp(createCatalog(), { manifest, callbacks: { double: doubleSource }, files: { 'data/widget.js': 'window.widget = 1;\n', 'data/other.js': 'window.other = 1;\n' } }, { workers: 1 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('GET / carries Content-Security-Policy with the allowed script URL', async () => {
    const res = await app.get('/');
    const d = directives(res.headers.get('content-security-policy') ?? '');
    expect(d.get('script-src')).toEqual(["'self'", 'https://cdn.example.com/x.js']);
  });

  it('a data/ script listed in allowScripts is served as JavaScript; one not listed is 404', async () => {
    const res = await app.get('_dashwright/data/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('window.widget = 1;\n');
    const other = await app.get('_dashwright/data/other.js');
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: string }).error).toMatch(/not listed in the project's settings.allowScripts/);
  });
});
