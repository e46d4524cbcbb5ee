import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost, HostCallError, tokenFromPath } from './browserHost';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('browser host', () => {
  it('POSTs the request as JSON to /_host/<channel>', async () => {
    const fetchImpl = vi.fn(async () => json(200, { dirs: ['/a'] }));
    const host = createBrowserHost('http://x', fetchImpl as unknown as typeof fetch);
    await expect(host.call('recent:list', {})).resolves.toEqual({ dirs: ['/a'] });
    expect(fetchImpl).toHaveBeenCalledWith('http://x/_host/recent:list', expect.objectContaining({ method: 'POST', body: '{}' }));
  });

  it("sends the run's token in the x-dashwright-token header", async () => {
    const fetchImpl = vi.fn(async (_url: string, _init: RequestInit) => json(200, { dirs: [] }));
    await createBrowserHost('', fetchImpl as unknown as typeof fetch, 'abc_123').call('recent:list', {});
    expect(fetchImpl.mock.calls[0]?.[1].headers).toMatchObject({ 'x-dashwright-token': 'abc_123' });
  });

  it('reads the token from the editor URL path', () => {
    expect(tokenFromPath('/t/Zx-9_a/')).toBe('Zx-9_a');
    expect(tokenFromPath('/t/Zx-9_a')).toBe('Zx-9_a');
    expect(tokenFromPath('/')).toBeUndefined();
    expect(tokenFromPath('/index.html')).toBeUndefined();
  });

  it('turns a 4xx {error} into a HostCallError with that message', async () => {
    const host = createBrowserHost('', (async () => json(400, { error: '/nope has no dashwright.json' })) as unknown as typeof fetch);
    const err = await host.call('project:open', { dir: '/nope' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostCallError);
    expect((err as HostCallError).message).toBe('/nope has no dashwright.json');
    expect((err as HostCallError).status).toBe(400);
  });

  it('reports an unreachable host', async () => {
    const host = createBrowserHost('', (async () => Promise.reject(new TypeError('fetch failed'))) as unknown as typeof fetch);
    await expect(host.call('recent:list', {})).rejects.toThrow(/cannot reach the Dashwright host/);
  });
});
