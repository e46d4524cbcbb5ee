import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest accepted request body. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

/** Reads and parses a JSON request body, refusing more than `limit` bytes without buffering them. */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve(tooLarge(limit));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        if (text.trim() === '') return finish({ ok: false, status: 400, error: 'the request body is empty; send a JSON object' });
        return finish({ ok: false, status: 400, error: `the request body is not valid JSON: ${(err as Error).message}` });
      }
      finish({ ok: true, value });
    });
    req.on('error', (err) => finish({ ok: false, status: 400, error: `could not read the request body: ${err.message}` }));
  });
}

function tooLarge(limit: number): BodyResult {
  return { ok: false, status: 413, error: `the request body is larger than ${Math.round(limit / 1024)} KiB` };
}

export interface SendOptions {
  headers?: Record<string, string>;
  /** HEAD request: headers only. */
  headOnly?: boolean;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The common case, a JSON answer with no extra headers, without building header objects (the update path's every response). */
function sendPlainJson(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, ['Content-Type', JSON_TYPE, 'Content-Length', String(Buffer.byteLength(text)), 'X-Content-Type-Options', 'nosniff', 'Cache-Control', 'no-store']);
  res.end(text);
}

export function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string, options: SendOptions = {}): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
    'X-Content-Type-Options': 'nosniff',
    ...options.headers,
  });
  // A string body goes out in one write with the headers; a Buffer would take a second chunk.
  res.end(options.headOnly ? undefined : body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, options?: SendOptions): void {
  const text = JSON.stringify(body);
  if (!options || (!options.headers && !options.headOnly)) return sendPlainJson(res, status, text);
  send(res, status, text, JSON_TYPE, { ...options, headers: { 'Cache-Control': 'no-store', ...options.headers } });
}

export function sendError(res: ServerResponse, status: number, message: string, options: SendOptions = {}): void {
  sendJson(res, status, { error: message }, options);
}

/** A versioned script: cached for good when the request names its current version, else revalidated each time. */
export function sendScript(res: ServerResponse, body: string | Buffer, currentVersion: boolean, headOnly: boolean): void {
  send(res, 200, body, 'text/javascript; charset=utf-8', { headers: { 'Cache-Control': currentVersion ? 'public, max-age=31536000, immutable' : 'no-cache' }, headOnly });
}
