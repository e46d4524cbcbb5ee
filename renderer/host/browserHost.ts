import type { Host, HostChannel, HostRequest, HostResponse } from '../../runtime/contracts/hostChannels';

/** Error thrown by a host call: the host's own message (a 4xx `{error}` body, or a network failure). */
export class HostCallError extends Error {
  constructor(
    readonly channel: HostChannel,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

async function errorMessage(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === 'string' && body.error) return body.error;
  } catch {
    // not JSON: fall through
  }
  return text.trim() || `${res.status} ${res.statusText}`;
}

/** The header that carries the host server's per-run token (see electron/host/localGuard.ts). */
export const HOST_TOKEN_HEADER = 'x-dashwright-token';

/** The token in an editor URL's path (`/t/<token>/…`, as `dashwright edit` prints it), if any. */
export function tokenFromPath(pathname: string): string | undefined {
  return /^\/t\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(pathname)?.[1];
}

/**
 * Browser mode: the host server answers `POST /_host/<channel>` with JSON (or 4xx `{error}`).
 * Each call carries this run's token, which only the editor's URL holds.
 */
export function createBrowserHost(baseUrl = '', fetchImpl: typeof fetch = (...a) => fetch(...a), token?: string): Host {
  return {
    kind: 'browser',
    async call<C extends HostChannel>(channel: C, request: HostRequest<C>): Promise<HostResponse<C>> {
      let res: Response;
      try {
        res = await fetchImpl(`${baseUrl}/_host/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { [HOST_TOKEN_HEADER]: token } : {}) },
          body: JSON.stringify(request),
        });
      } catch (err) {
        throw new HostCallError(channel, `cannot reach the Dashwright host (${(err as Error).message})`);
      }
      if (!res.ok) throw new HostCallError(channel, await errorMessage(res), res.status);
      return (await res.json()) as HostResponse<C>;
    },
  };
}
