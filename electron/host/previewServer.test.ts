import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProject } from '../../runtime/schema/parse';
import type { Project } from '../../runtime/schema/project';
import { doubleSource, helloManifest, testAssets } from '../../runtime/server/testkit';
import { createPreviewServer, type PreviewServer } from './previewServer';
import { originOf, rawRequest } from './testkit';

const update = JSON.stringify({ changed: ['n.value'], values: { 'n.value': 5 } });

function project(): Project {
  const parsed = parseProject(helloManifest());
  if (!parsed.ok) throw new Error('the hello fixture does not parse');
  return parsed.project;
}

describe('preview server: answers only the editor preview', () => {
  let preview: PreviewServer;
  let url: string;
  let port: string;

  beforeAll(async () => {
    preview = createPreviewServer({ clientAssets: testAssets(), workers: 1 });
    ({ url } = await preview.update(project(), { double: doubleSource }));
    port = new URL(url).port;
  });
  afterAll(() => preview.close());

  /** How often `double` ran: a refused request must not run it. */
  const runs = async (): Promise<number> => {
    const stats = JSON.parse((await rawRequest(new URL('_dashwright/stats', url).href)).body) as { callbacks: Record<string, { runs: number }> };
    return stats.callbacks.double?.runs ?? 0;
  };

  it('hands out a URL under this run\'s token and serves the page and the update there', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/t\/[A-Za-z0-9_-]{32}\/$/);
    const page = await rawRequest(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('_dashwright/assets/app.js');
    const res = await rawRequest(new URL('_dashwright/update', url).href, { method: 'POST', headers: { 'content-type': 'application/json', origin: originOf(url) }, body: update });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ updates: { 'out.text': 'twice 5 is 10' } });
    expect(await runs()).toBe(1);
  });

  it('refuses a foreign Host header (DNS rebinding), for reads and for updates', async () => {
    const before = await runs();
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, `localhost:${Number(port) + 1}`]) {
      const spec = await rawRequest(new URL('_dashwright/spec', url).href, { headers: { host } });
      expect(spec.status, host).toBe(403);
      expect(spec.body).toMatch(/answers only requests for 127\.0\.0\.1/);
      expect(spec.body).not.toContain('"components"');
      const res = await rawRequest(new URL('_dashwright/update', url).href, { method: 'POST', headers: { host, 'content-type': 'application/json' }, body: update });
      expect(res.status, host).toBe(403);
    }
    expect(await runs()).toBe(before);
  });

  it('the spec says it is the preview (analytics then only logs), with the page\'s CSP', async () => {
    const spec = await rawRequest(new URL('_dashwright/spec', url).href);
    expect((JSON.parse(spec.body) as { preview?: boolean }).preview).toBe(true);
    expect((await rawRequest(url)).headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('accepts localhost as the Host', async () => {
    expect((await rawRequest(new URL('_dashwright/spec', url).href, { headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('refuses a cross-origin text/plain POST without running a callback', async () => {
    const before = await runs();
    for (const origin of ['https://evil.example', `http://127.0.0.1:${Number(port) + 1}`, 'null']) {
      const res = await rawRequest(new URL('_dashwright/update', url).href, { method: 'POST', headers: { origin, 'content-type': 'text/plain' }, body: update });
      expect(res.status, origin).toBe(403);
      expect(JSON.parse(res.body).error).toMatch(/requests from origin .* are not accepted/);
    }
    expect(await runs()).toBe(before);
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const before = await runs();
    const origin = `http://127.0.0.1:${port}`;
    const wrong = url.replace(/\/t\/[^/]+\//, `/t/${'A'.repeat(32)}/`);
    for (const base of [`${origin}/`, wrong, `${origin}/t/`]) {
      const res = await rawRequest(new URL('_dashwright/update', base).href, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: update });
      expect(res.status, base).toBe(403);
      expect(JSON.parse(res.body).error).toMatch(/needs the token of this editor run/);
      expect((await rawRequest(new URL('_dashwright/spec', base).href)).status).toBe(403);
      expect((await rawRequest(base)).status).toBe(403);
    }
    expect((await rawRequest(`${origin}/_dashwright/jobs/x/cancel`, { method: 'POST' })).status).toBe(403);
    expect(await runs()).toBe(before);
  });

  it('sends the token path without its slash to the page', async () => {
    const res = await rawRequest(url.slice(0, -1));
    expect(res.status).toBe(308);
    expect(res.headers.location).toBe(new URL(url).pathname);
  });
});

describe('preview server: restricted mode (an untrusted folder)', () => {
  it('draws the layout but neither compiles nor runs a callback, until asked to run them', async () => {
    const preview = createPreviewServer({ clientAssets: testAssets(), workers: 1 });
    try {
      // A callback that would throw at load, were it compiled and loaded.
      const hostile = 'throw new Error("project code ran");\nexport default () => "x";\n';
      const shown = await preview.update(project(), { double: hostile }, undefined, { runCallbacks: false });
      expect(shown).toMatchObject({ restricted: true, problems: [] });
      const spec = JSON.parse((await rawRequest(new URL('_dashwright/spec', shown.url).href)).body) as { components: unknown[]; callbacks: unknown[] };
      expect(spec.components).toHaveLength(2);
      expect(spec.callbacks).toEqual([]);
      const res = await rawRequest(new URL('_dashwright/update', shown.url).href, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ changed: [], values: {}, initial: true }) });
      expect(JSON.parse(res.body)).toMatchObject({ ran: [] });
      // Trusted: the same server runs them.
      const trusted = await preview.update(project(), { double: doubleSource }, undefined, { runCallbacks: true });
      expect(trusted.restricted).toBeUndefined();
      const ran = await rawRequest(new URL('_dashwright/update', trusted.url).href, { method: 'POST', headers: { 'content-type': 'application/json' }, body: update });
      expect(JSON.parse(ran.body)).toMatchObject({ updates: { 'out.text': 'twice 5 is 10' } });
    } finally {
      await preview.close();
    }
  });
});
