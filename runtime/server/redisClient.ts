import type { Redis as RedisClient, RedisOptions } from 'ioredis';

export type { RedisClient };

/**
 * ioredis, imported when first needed. A CommonJS package: bundled (an exported server), its
 * exports may sit under `default`.
 */
export async function loadRedis(): Promise<new (url: string, options?: RedisOptions) => RedisClient> {
  const mod = (await import('ioredis')) as unknown as { Redis?: unknown; default?: { Redis?: unknown } | (new (...args: never[]) => RedisClient) };
  const Redis = mod.Redis ?? (typeof mod.default === 'function' ? mod.default : mod.default?.Redis);
  if (typeof Redis !== 'function') throw new Error('the Redis client (ioredis) could not be loaded');
  return Redis as new (url: string, options?: RedisOptions) => RedisClient;
}

type BullMq = typeof import('bullmq');

/** BullMQ, imported when first needed (bundled, its exports may sit under `default` too). */
export async function loadBullMq(): Promise<Pick<BullMq, 'Queue' | 'Worker'>> {
  const mod = (await import('bullmq')) as BullMq & { default?: BullMq };
  const api = typeof mod.Queue === 'function' ? mod : mod.default;
  if (!api || typeof api.Queue !== 'function' || typeof api.Worker !== 'function') throw new Error('the background queue (BullMQ) could not be loaded');
  return api;
}
