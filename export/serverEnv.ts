/**
 * Settings an exported app (and `dashwright serve`) takes from the environment, checked:
 * `WORKERS` (callback threads) and `REDIS_URL` (shared cache and background queue).
 * `CALLBACK_TIMEOUT_MS` is read by the app server itself.
 */
export function serverEnv(env: NodeJS.ProcessEnv = process.env): { workers?: number; redisUrl?: string } {
  const out: { workers?: number; redisUrl?: string } = {};
  if (env.WORKERS) {
    const workers = Number(env.WORKERS);
    if (!(Number.isInteger(workers) && workers >= 1)) throw new Error(`WORKERS must be a whole number of at least 1, not "${env.WORKERS}"`);
    out.workers = workers;
  }
  if (env.REDIS_URL) {
    if (!/^rediss?:\/\//.test(env.REDIS_URL)) throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, not "${env.REDIS_URL}"`);
    out.redisUrl = env.REDIS_URL;
  }
  return out;
}
