export interface ServerEnv {
  workers?: number;
  redisUrl?: string;
  callbackMemoryMb?: number;
  maxConnections?: number;
  requestTimeoutMs?: number;
}

/**
 * Settings an exported app (and `dashwright serve`) takes from the environment, checked:
 * `WORKERS` (callback threads), `REDIS_URL` (shared cache and background queue),
 * `CALLBACK_MEMORY_MB` (heap limit per callback worker), `MAX_CONNECTIONS` and
 * `REQUEST_TIMEOUT_MS` (see httpLimits.ts). `CALLBACK_TIMEOUT_MS` is read by the
 * app server itself.
 */
export function serverEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const out: ServerEnv = {};
  if (env.WORKERS) out.workers = wholeNumber('WORKERS', env.WORKERS, 1);
  if (env.CALLBACK_MEMORY_MB) out.callbackMemoryMb = wholeNumber('CALLBACK_MEMORY_MB', env.CALLBACK_MEMORY_MB, 16);
  if (env.MAX_CONNECTIONS) out.maxConnections = wholeNumber('MAX_CONNECTIONS', env.MAX_CONNECTIONS, 1);
  if (env.REQUEST_TIMEOUT_MS) out.requestTimeoutMs = wholeNumber('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 100);
  if (env.REDIS_URL) {
    if (!/^rediss?:\/\//.test(env.REDIS_URL)) throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, not "${env.REDIS_URL}"`);
    out.redisUrl = env.REDIS_URL;
  }
  return out;
}

function wholeNumber(name: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!(Number.isInteger(n) && n >= min)) throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return n;
}

/** `SHUTDOWN_GRACE_MS` (how long SIGTERM waits for work in progress) and `SHUTDOWN_DELAY_MS` (how long new connections are still taken), checked. */
export function shutdownEnv(env: NodeJS.ProcessEnv = process.env): { graceMs?: number; delayMs?: number } {
  const out: { graceMs?: number; delayMs?: number } = {};
  if (env.SHUTDOWN_GRACE_MS) out.graceMs = wholeNumber('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 0);
  if (env.SHUTDOWN_DELAY_MS) out.delayMs = wholeNumber('SHUTDOWN_DELAY_MS', env.SHUTDOWN_DELAY_MS, 0);
  return out;
}

/** `LOG_FORMAT`: `text` (default: plain lines) or `json` (pino, a line per request with its id). */
export function logFormatEnv(env: NodeJS.ProcessEnv = process.env): 'text' | 'json' {
  const raw = env.LOG_FORMAT;
  if (raw === undefined || raw === '' || raw === 'text') return 'text';
  if (raw === 'json') return 'json';
  throw new Error(`LOG_FORMAT must be "text" or "json", not "${raw}"`);
}
