import type { SharedCacheStore } from './callbackCache';
import { loadRedis } from './redisClient';

/** Keys this server writes in Redis. */
const PREFIX = 'dashwright:cache:';
/** A lookup that takes longer than this counts as a miss: the callback runs instead of waiting. */
const GET_TIMEOUT_MS = 250;

/**
 * The callback cache shared by every instance that has the same REDIS_URL (DESIGN §5): results
 * as JSON under `dashwright:cache:<key>`, expiring with their ttl. Redis trouble never fails a
 * request: a failed or slow read is a miss, a failed write is logged (once until it works again).
 * ioredis is imported only here, when REDIS_URL is set; it reconnects by itself.
 */
export async function createRedisCacheStore(url: string, log: (line: string) => void): Promise<SharedCacheStore & { close(): Promise<void> }> {
  const Redis = await loadRedis();
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
  let failing = false;
  const failed = (what: string, err: unknown): void => {
    if (failing) return;
    failing = true;
    log(`shared cache (${redactUrl(url)}): ${what} failed: ${(err as Error).message}; callbacks run without it until Redis answers again`);
  };
  redis.on('error', (err: Error) => failed('connection', err));
  redis.on('ready', () => {
    if (failing) log(`shared cache (${redactUrl(url)}): connected again`);
    failing = false;
  });

  return {
    async get(key) {
      try {
        const read = redis.multi().get(PREFIX + key).pttl(PREFIX + key).exec();
        const result = await Promise.race([read, new Promise<null>((resolve) => setTimeout(() => resolve(null), GET_TIMEOUT_MS).unref())]);
        if (!result) return undefined;
        const [[, text], [, ttl]] = result as [[Error | null, string | null], [Error | null, number]];
        if (typeof text !== 'string' || typeof ttl !== 'number' || ttl <= 0) return undefined;
        return { outputs: JSON.parse(text) as Record<string, unknown>, ttlMs: ttl };
      } catch (err) {
        failed('a read', err);
        return undefined;
      }
    },
    async set(key, outputs, ttlMs) {
      try {
        await redis.set(PREFIX + key, JSON.stringify(outputs), 'PX', Math.max(1, Math.round(ttlMs)));
      } catch (err) {
        failed('a write', err);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}

/** The URL without its password, for logs. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'REDIS_URL';
  }
}
