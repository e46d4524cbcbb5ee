import type { Server } from 'node:http';
import type { InFlight } from './inFlight';

export interface ShutdownOptions {
  /** How long new connections and requests are still taken after /readyz turns 503, so a load balancer notices; default 2000 ms (at most half the grace). */
  delayMs?: number;
  /** Longest the whole shutdown waits for requests and background jobs in progress; default 20000 ms. */
  graceMs?: number;
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 20_000;
export const DEFAULT_SHUTDOWN_DELAY_MS = 2_000;

export interface ShutdownParts {
  /** Makes /readyz answer 503 and responses close their connections. */
  startDraining(): void;
  /** The listening server, if any. */
  server: Server | undefined;
  requests: InFlight;
  background: InFlight;
  /** Closes everything (workers, Redis, connections left). */
  close(): Promise<void>;
  log(line: string): void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A graceful stop (SIGTERM, DESIGN §8): not ready at once; new connections are still accepted
 * for `delayMs`; then the server stops listening and waits for requests and background calls in
 * progress, at most until `graceMs` after the start; then everything closes. Resolves true if
 * all work finished within the grace.
 */
export async function shutdownGracefully(parts: ShutdownParts, options: ShutdownOptions = {}): Promise<boolean> {
  const graceMs = options.graceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
  const delayMs = Math.min(options.delayMs ?? DEFAULT_SHUTDOWN_DELAY_MS, graceMs / 2);
  const started = performance.now();
  parts.startDraining();
  parts.log(`shutting down: not ready; finishing requests in progress (grace ${graceMs} ms)`);
  await sleep(delayMs);
  const { server } = parts;
  if (server) {
    server.close();
    server.closeIdleConnections();
  }
  const left = Math.max(0, graceMs - (performance.now() - started));
  let timer: NodeJS.Timeout | undefined;
  const finished = await Promise.race([
    Promise.all([parts.requests.idle(), parts.background.idle()]).then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), left);
    }),
  ]);
  clearTimeout(timer);
  if (!finished) parts.log(`shutting down: ${parts.requests.count} request(s) and ${parts.background.count} background call(s) still running after ${graceMs} ms; stopping them`);
  await parts.close();
  return finished;
}
