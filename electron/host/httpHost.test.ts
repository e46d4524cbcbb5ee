import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostServer, type HostServer } from './httpHost';
import { originOf, rawRequest } from './testkit';

describe('host server: answers only the editor page it handed out', () => {
  let host: HostServer;
  let stateDir: string;
  let token: string;
  let origin: string;
  const call = (channel: string, headers: Record<string, string>) =>
    rawRequest(`${origin}/_host/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'dw-host-'));
    host = await startHostServer({
      stateDir,
      editor: async (req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(`editor at ${req.url}`),
    });
    token = /\/t\/([^/]+)\/$/.exec(host.url)?.[1] ?? '';
    origin = originOf(host.url);
  });
  afterAll(async () => {
    await host.close();
    await rm(stateDir, { recursive: true, force: true });
  });

  it("prints a URL carrying this run's token and serves the editor under it", async () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const page = await rawRequest(`${host.url}assets/x.js?project=%2Fp`);
    expect(page.body).toBe('editor at /assets/x.js?project=%2Fp');
    expect((await rawRequest(host.url.slice(0, -1))).status).toBe(308);
  });

  it('answers a host call with the token from its own origin', async () => {
    const res = await call('recent:list', { 'x-dashwright-token': token, origin });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ dirs: [] });
  });

  it('refuses a host call without the token, or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-dashwright-token': 'A'.repeat(32) }, { 'x-dashwright-token': '' }];
    for (const headers of attempts) {
      const res = await call('recent:list', headers);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error).toMatch(/needs the token of this editor run; open the editor at the URL/);
    }
  });

  it('refuses a foreign Origin even with the token', async () => {
    const res = await call('project:open', { 'x-dashwright-token': token, origin: 'https://evil.example', 'content-type': 'text/plain' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toMatch(/origin https:\/\/evil\.example/);
  });

  it('refuses a foreign Host header on every path', async () => {
    const port = new URL(host.url).port;
    for (const path of ['/_host/recent:list', new URL(host.url).pathname]) {
      const res = await rawRequest(`${origin}${path}`, { method: path.startsWith('/_host') ? 'POST' : 'GET', headers: { host: `rebind.example:${port}`, 'x-dashwright-token': token } });
      expect(res.status).toBe(403);
    }
  });

  it('answers an export the user can fix with a 400 and what to change, not a 500', async () => {
    const out = await mkdtemp(join(tmpdir(), 'dw-out-'));
    await writeFile(join(out, 'notes.txt'), 'mine');
    const project = { format: 'dashwright', version: 1, name: 'P', components: [], callbacks: [] };
    const res = await rawRequest(`${origin}/_host/export:run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dashwright-token': token, origin },
      body: JSON.stringify({ project, callbacks: {}, out }),
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toMatch(/is not empty and is not an earlier export/);
    await rm(out, { recursive: true, force: true });
  });

  it('hands out the preview URL under its own token', async () => {
    const previewUrl = await host.previewUrl();
    expect(previewUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/t\/[A-Za-z0-9_-]{32}\/$/);
    expect(previewUrl).not.toContain(token);
  });
});
