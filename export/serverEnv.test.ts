import { describe, expect, it } from 'vitest';
import { logFormatEnv, serverEnv, shutdownEnv } from './serverEnv';

describe('serverEnv', () => {
  it('reads WORKERS and REDIS_URL, and nothing when they are unset', () => {
    expect(serverEnv({})).toEqual({});
    expect(serverEnv({ WORKERS: '3', REDIS_URL: 'redis://cache:6379/0' })).toEqual({ workers: 3, redisUrl: 'redis://cache:6379/0' });
    expect(serverEnv({ CALLBACK_MEMORY_MB: '256' })).toEqual({ callbackMemoryMb: 256 });
    expect(serverEnv({ MAX_CONNECTIONS: '100', REQUEST_TIMEOUT_MS: '5000' })).toEqual({ maxConnections: 100, requestTimeoutMs: 5000 });
  });

  it('refuses values that cannot be right, saying which', () => {
    expect(() => serverEnv({ WORKERS: '0' })).toThrow('WORKERS must be a whole number of at least 1, not "0"');
    expect(() => serverEnv({ CALLBACK_MEMORY_MB: '8' })).toThrow('CALLBACK_MEMORY_MB must be a whole number of at least 16, not "8"');
    expect(() => serverEnv({ REDIS_URL: 'cache:6379' })).toThrow('REDIS_URL must be a redis:// or rediss:// URL, not "cache:6379"');
  });

  it('reads the shutdown settings', () => {
    expect(shutdownEnv({})).toEqual({});
    expect(shutdownEnv({ SHUTDOWN_GRACE_MS: '30000', SHUTDOWN_DELAY_MS: '0' })).toEqual({ graceMs: 30000, delayMs: 0 });
    expect(() => shutdownEnv({ SHUTDOWN_GRACE_MS: '-1' })).toThrow('SHUTDOWN_GRACE_MS must be a whole number of at least 0, not "-1"');
  });

  it('reads LOG_FORMAT', () => {
    expect(logFormatEnv({})).toBe('text');
    expect(logFormatEnv({ LOG_FORMAT: 'json' })).toBe('json');
    expect(() => logFormatEnv({ LOG_FORMAT: 'yaml' })).toThrow('LOG_FORMAT must be "text" or "json", not "yaml"');
  });
});
