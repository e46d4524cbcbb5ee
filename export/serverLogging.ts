import type { RequestLogEntry, ServerLog } from '../runtime/server/requestLog';
import { logFormatEnv } from './serverEnv';

export interface ServerLogging {
  log: ServerLog;
  requestLog?: (entry: RequestLogEntry) => void;
}

/**
 * The server's log as LOG_FORMAT says: plain lines on stdout, or JSON with pino (loaded only
 * then, so a text-logging server never parses it at start).
 */
export async function serverLogging(env: NodeJS.ProcessEnv = process.env): Promise<ServerLogging> {
  if (logFormatEnv(env) === 'json') {
    const { createJsonLog } = await import('../runtime/server/jsonLog');
    return createJsonLog();
  }
  return { log: (line) => process.stdout.write(`${line}\n`) };
}
