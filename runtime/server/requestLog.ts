import { randomUUID } from 'node:crypto';

/** One line per answered request, when the server logs requests (LOG_FORMAT=json). */
export interface RequestLogEntry {
  reqId: string;
  method: string;
  path: string;
  status: number;
  /** From the request's arrival to the end of its answer. */
  ms: number;
  /** Callbacks of the cascade that failed, if any. */
  failed?: string[];
}

/** A server log line; `fields` (a request id, a callback) are kept apart in JSON logs. */
export type ServerLog = (line: string, fields?: Record<string, unknown>) => void;

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id a request is logged under: the caller's X-Request-Id when it is a sane token, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && SAFE_ID.test(given) ? given : randomUUID();
}
