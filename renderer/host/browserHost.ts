import type { Host, HostChannel, HostRequest, HostResponse } from '../../runtime/host/channels';

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

/** Browser mode: the host server answers `POST /_host/<channel>` with JSON (or 4xx `{error}`). */
export function createBrowserHost(baseUrl = '', fetchImpl: typeof fetch = (...a) => fetch(...a)): Host {
  return {
    kind: 'browser',
    async call<C extends HostChannel>(channel: C, request: HostRequest<C>): Promise<HostResponse<C>> {
      let res: Response;
      try {
        res = await fetchImpl(`${baseUrl}/_host/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
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
