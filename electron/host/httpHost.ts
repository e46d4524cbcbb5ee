import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../../export/paths';
import { createAppState, defaultStateDir } from './appState';
import { checkHost, checkOrigin, createRunToken, headerToken, missingToken, routeToken, tokenMatches, tokenPrefix, type Refusal } from './localGuard';
import { createPreviewServer } from './previewServer';
import { createHostHandlers, dispatchHostCall, HostRequestError, parseHostCall } from './services';
import { createStaticHandler } from './staticFiles';

const MAX_BODY = 50 * 1024 * 1024;

export interface HostServer {
  /** The editor's URL, this run's token included (`http://127.0.0.1:<port>/t/<token>/`). */
  url: string;
  previewUrl(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Browser-mode host (`dashwright edit`): serves the editor and answers POST /_host/<channel>
 * with the same services Electron main offers over IPC.
 *
 * Only the editor page it handed out may call it (DESIGN §8): the Host must be this machine,
 * a browser's Origin its own, and each host call carries this run's token in the
 * x-dashwright-token header. The editor's URL holds the token (`/t/<token>/`); the renderer
 * reads it from there.
 */
export interface HostServerOptions {
  port?: number;
  host?: string;
  stateDir?: string;
  /** This run's token (default: a fresh random one). */
  token?: string;
  /** What serves the editor page (default: dist/renderer, else Vite from source). */
  editor?: EditorHandler;
}

type EditorHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export async function startHostServer(options: HostServerOptions = {}): Promise<HostServer> {
  const token = options.token ?? createRunToken();
  const preview = createPreviewServer();
  const handlers = createHostHandlers({ state: createAppState(options.stateDir ?? defaultStateDir()), preview });
  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => sendJson(res, 500, { error: (err as Error).message }));
  });
  const serveEditor = options.editor ?? (await editorHandler(server));

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostRefusal = checkHost(req, req.socket.localPort ?? 0);
    if (hostRefusal) return sendJson(res, hostRefusal.status, { error: hostRefusal.error });
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/_host/')) {
      const refusal = refuseHostCall(req, token);
      if (refusal) return sendJson(res, refusal.status, { error: refusal.error });
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' });
      try {
        const { channel, request } = parseHostCall(url.pathname.slice('/_host/'.length), await readJson(req));
        sendJson(res, 200, await dispatchHostCall(handlers, channel, request));
      } catch (err) {
        const status = err instanceof HostRequestError || isFsError(err) ? 400 : 500;
        sendJson(res, status, { error: (err as Error).message });
      }
      return;
    }
    // The editor page under /t/<token>/ is the editor itself; its relative asset URLs keep the prefix.
    const tokenRoute = routeToken(req.url ?? '/', token);
    if (tokenRoute.kind === 'redirect') {
      res.writeHead(308, { location: tokenRoute.location, 'cache-control': 'no-store' }).end();
      return;
    }
    if (tokenRoute.kind === 'ok') req.url = tokenRoute.url;
    res.setHeader('referrer-policy', 'same-origin');
    await serveEditor(req, res);
  }

  await new Promise<void>((done) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${tokenPrefix(token)}`,
    previewUrl: () => preview.url(),
    async close() {
      await preview.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** The built editor (dist/renderer) if present, else Vite in middleware mode from source. */
async function editorHandler(httpServer: Server): Promise<EditorHandler> {
  const built = join(packageRoot(), 'dist', 'renderer');
  if (existsSync(join(built, 'index.html')) && !process.env.DASHWRIGHT_DEV) return createStaticHandler(built);
  const { createServer: createVite } = await import('vite');
  const vite = await createVite({ configFile: join(packageRoot(), 'vite.config.ts'), server: { middlewareMode: true, hmr: { server: httpServer } }, appType: 'spa' });
  return (req, res) => new Promise<void>((done) => vite.middlewares(req, res, () => {
    res.writeHead(404).end('not found');
    done();
  }));
}

/** A host call needs a same-origin (or non-browser) caller holding this run's token. */
function refuseHostCall(req: IncomingMessage, token: string): Refusal | null {
  const origin = checkOrigin(req);
  if (origin) return origin;
  if (!tokenMatches(headerToken(req), token)) return missingToken('open the editor at the URL `dashwright edit` printed (it carries the token)');
  return null;
}

function isFsError(err: unknown): boolean {
  return typeof (err as { code?: unknown }).code === 'string' && /^E[A-Z]+$/.test((err as { code: string }).code);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HostRequestError('request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HostRequestError('request body is not valid JSON');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
