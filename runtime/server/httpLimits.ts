import { createServer, type RequestListener, type Server } from 'node:http';

export interface HttpLimits {
  /** Open connections at most; more are dropped at once (MAX_CONNECTIONS). Default 4096. */
  maxConnections?: number;
  /** Longest a client may take to send a whole request, headers and body (REQUEST_TIMEOUT_MS); then 408. Default 15000 ms. */
  requestTimeoutMs?: number;
}

export const DEFAULT_MAX_CONNECTIONS = 4096;
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
const DROP_LOG_EVERY_MS = 10_000;

/**
 * A node:http server with limits a slow or greedy client cannot outlast: a cap on connections,
 * and a deadline for receiving each request (Node's default holds a trickling body for 300 s).
 */
export function createLimitedServer(handle: RequestListener, limits: HttpLimits, log: (line: string) => void): Server {
  const requestTimeout = limits.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(requestTimeout, 10_000),
      // How often the deadlines are checked (Node's default is every 30 s).
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(requestTimeout / 4))),
    },
    handle,
  );
  server.maxConnections = limits.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  let lastDropLog = -Infinity;
  let dropped = 0;
  server.on('drop', () => {
    dropped += 1;
    const now = performance.now();
    if (now - lastDropLog < DROP_LOG_EVERY_MS) return;
    lastDropLog = now;
    log(`connection limit reached (${server.maxConnections} open): dropped ${dropped} new connection(s) so far`);
  });
  return server;
}
