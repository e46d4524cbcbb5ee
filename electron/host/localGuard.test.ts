import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkHost, checkOrigin, createRunToken, routeToken, tokenMatches } from './localGuard';

const req = (headers: Record<string, string>): IncomingMessage => ({ headers }) as unknown as IncomingMessage;

describe('local guard', () => {
  it('accepts loopback names on the server port only', () => {
    for (const host of ['127.0.0.1:4000', 'localhost:4000', 'LOCALHOST:4000', '[::1]:4000']) expect(checkHost(req({ host }), 4000), host).toBeNull();
    for (const host of ['127.0.0.1:4001', 'evil.example:4000', 'localhost.evil.example:4000', '127.0.0.1', '', '127.0.0.1:4000:1']) {
      expect(checkHost(req({ host }), 4000)?.status, host).toBe(403);
    }
  });

  it("accepts no Origin or the server's own, refuses others", () => {
    expect(checkOrigin(req({ host: '127.0.0.1:4000' }))).toBeNull();
    expect(checkOrigin(req({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }))).toBeNull();
    for (const origin of ['null', 'http://localhost:4000', 'https://127.0.0.1:4000', 'http://127.0.0.1:4001']) {
      expect(checkOrigin(req({ host: '127.0.0.1:4000', origin }))?.status, origin).toBe(403);
    }
  });

  it('makes a new unguessable token per run', () => {
    const a = createRunToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(createRunToken()).not.toBe(a);
    expect(tokenMatches(a, a)).toBe(true);
    expect(tokenMatches(undefined, a)).toBe(false);
    expect(tokenMatches(a.slice(1), a)).toBe(false);
  });

  it('routes /t/<token>/… to the path without the token', () => {
    expect(routeToken('/t/abc/_dashwright/update?x=1', 'abc')).toEqual({ kind: 'ok', url: '/_dashwright/update?x=1' });
    expect(routeToken('/t/abc/', 'abc')).toEqual({ kind: 'ok', url: '/' });
    expect(routeToken('/t/abc', 'abc')).toEqual({ kind: 'redirect', location: '/t/abc/' });
    expect(routeToken('/t/abc?project=%2Fp', 'abc')).toEqual({ kind: 'redirect', location: '/t/abc/?project=%2Fp' });
    for (const url of ['/', '/_dashwright/update', '/t/abd/', '/t/ab/', '/t/abcd/', '/x/t/abc/']) expect(routeToken(url, 'abc').kind, url).toBe('missing');
  });
});
