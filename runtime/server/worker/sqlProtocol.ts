/** Messages between a callback worker (sqlClient.ts) and its DuckDB process (sqlProcess.ts). */
import type { SqlParams } from '../duckdb';

export type SqlRequest =
  | { type: 'ping' }
  | { type: 'parquet'; id: number; file: string }
  | { type: 'sql'; id: number; query: string; params?: SqlParams };

export type SqlReply = { ready: true } | { id: number; rows: Record<string, unknown>[] } | { id: number; error: string };

/** The worker pings its process this often while it has one. */
export const HEARTBEAT_MS = 250;
/** A process that heard nothing from its worker for this long exits (the worker was stopped). */
export const HEARTBEAT_LOST_MS = 2000;
