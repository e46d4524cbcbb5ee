import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * What keeps the editor's local servers (host server, preview server) to their own page
 * (DESIGN §8): the Host header must name this machine (no DNS rebinding), a browser's Origin
 * must be the server's own, and the editor proves it is the editor with a token made per run.
 * The token travels as the first segments of the URL the server gives out (`/t/<token>/…`,
 * so relative URLs in the page keep it) or as the `x-dashwright-token` header.
 */

export const TOKEN_HEADER = 'x-dashwright-token';
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A fresh secret for this run: 192 random bits, URL-safe. */
export function createRunToken(): string {
  return randomBytes(24).toString('base64url');
}

/** `/t/<token>/`: the path prefix under which a server hands out its pages. */
export function tokenPrefix(token: string): string {
  return `/t/${token}/`;
}

/** Constant-time comparison; false for a missing value. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A refusal: the status and the message the caller gets. */
export interface Refusal {
  status: 403;
  error: string;
}

/** Refuses a Host header that does not name this machine on `port` (a DNS-rebinding page sends its own name). */
export function checkHost(req: IncomingMessage, port: number): Refusal | null {
  const host = req.headers.host ?? '';
  const match = /^(\[[0-9a-fA-F:]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  const name = match?.[1]?.toLowerCase();
  const named = match?.[2] === undefined ? 80 : Number(match[2]);
  if (name !== undefined && LOOPBACK_NAMES.has(name) && named === port) return null;
  return { status: 403, error: `refused: this local Dashwright server answers only requests for 127.0.0.1:${port} or localhost:${port}, not Host "${host}"` };
}

/** Refuses a browser request from another origin (a foreign page posting text/plain, say). No Origin: not a browser's cross-origin call. */
export function checkOrigin(req: IncomingMessage): Refusal | null {
  const origin = req.headers.origin;
  if (origin === undefined || origin === `http://${req.headers.host ?? ''}`) return null;
  return { status: 403, error: `refused: requests from origin ${origin} are not accepted; only the editor's own page may call this server` };
}

/** Host and Origin together: what every request to a local server must pass. */
export function checkLocalRequest(req: IncomingMessage, port: number): Refusal | null {
  return checkHost(req, port) ?? checkOrigin(req);
}

export type TokenRoute =
  | { kind: 'ok'; url: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/**
 * Where a request under `/t/<token>/` goes: its URL with the prefix taken off; `/t/<token>`
 * without its slash is sent to the prefix (so the page's relative URLs keep the token);
 * anything else does not carry this run's token.
 */
export function routeToken(url: string, token: string): TokenRoute {
  const match = /^\/t\/([^/?#]*)(\/?)(.*)$/s.exec(url);
  if (!match || !tokenMatches(match[1], token)) return { kind: 'missing' };
  const rest = match[3] ?? '';
  if (match[2] === '/') return { kind: 'ok', url: `/${rest}` };
  return { kind: 'redirect', location: `${tokenPrefix(token)}${rest}` };
}

/** The token a request carries in its header, if any. */
export function headerToken(req: IncomingMessage): string | undefined {
  const value = req.headers[TOKEN_HEADER];
  return typeof value === 'string' ? value : undefined;
}

/** The refusal of a request without this run's token; `hint` says who has it. */
export function missingToken(hint: string): Refusal {
  return { status: 403, error: `refused: this request needs the token of this editor run; ${hint}` };
}
