import type { DestinationStream, Logger } from 'pino';
import type { RequestLogEntry, ServerLog } from './requestLog';

export interface JsonLog {
  log: ServerLog;
  requestLog: (entry: RequestLogEntry) => void;
}

type PinoFactory = (options: object, stream?: DestinationStream) => Logger;

/** pino, imported when LOG_FORMAT=json asks for it (bundled, its export may sit under `default`). */
async function loadPino(): Promise<PinoFactory> {
  const mod = (await import('pino')) as unknown as { pino?: unknown; default?: unknown };
  const factory = typeof mod.pino === 'function' ? mod.pino : typeof mod.default === 'function' ? mod.default : (mod.default as { pino?: unknown } | undefined)?.pino;
  if (typeof factory !== 'function') throw new Error('the JSON logger (pino) could not be loaded');
  return factory as PinoFactory;
}

/**
 * JSON logs (LOG_FORMAT=json): one object a line with pino's fields (level, time, pid,
 * hostname, msg), plus `reqId` on everything about a request: its access line (method, path,
 * status, ms) and the errors of its callbacks.
 */
export async function createJsonLog(stream?: DestinationStream): Promise<JsonLog> {
  const pino = await loadPino();
  const logger = pino({ base: { pid: process.pid }, messageKey: 'msg' }, stream);
  return {
    log: (line, fields) => {
      const level = /failed|error|could not|ran out of memory|ran past|unexpectedly/i.test(line) ? 'warn' : 'info';
      logger[level](fields ?? {}, line);
    },
    requestLog: (entry) => {
      const level = entry.status >= 500 ? 'error' : 'info';
      logger[level](entry, `${entry.method} ${entry.path} ${entry.status}`);
    },
  };
}
