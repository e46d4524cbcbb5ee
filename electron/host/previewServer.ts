import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Problem } from '../../runtime/schema/problems';
import type { Project } from '../../runtime/schema/project';
import { createCatalog } from '../../runtime/components/catalog';
import { projectCatalog } from '../../runtime/components/node/evaluate';
import { compileApp } from '../../runtime/server/compile';
import { createAppServer, type AppServer, type ClientAssets } from '../../runtime/server/appServer';
import { loadClientAssets } from '../../export/clientAssets';
import { checkLocalRequest, createRunToken, missingToken, routeToken, tokenPrefix } from './localGuard';

/**
 * The live preview: one runtime server per editor session, the same one exported apps run,
 * hot-swapped on every edit. Its URL stays the same, so the preview iframe only reloads its spec.
 *
 * It answers only the editor's preview (DESIGN §8): the Host must be this machine, a browser's
 * Origin its own, and every path must start with this run's token (`/t/<token>/`), which only
 * the URL handed to the editor carries. The page's URLs are relative, so its requests keep it.
 */
export interface PreviewServer {
  /** The preview page's URL, token included. */
  url(): Promise<string>;
  /**
   * Shows this project. `runCallbacks: false` is restricted mode (an untrusted folder): the
   * layout is drawn, but no callback is compiled or run, here or in the page.
   */
  update(project: Project, callbacks: Record<string, string>, dir?: string, options?: { runCallbacks?: boolean; components?: Record<string, string> }): Promise<{ url: string; problems: Problem[]; restricted?: boolean }>;
  close(): Promise<void>;
}

export interface PreviewServerOptions {
  host?: string;
  /** The app bundle; built from source (or read from dist/client) when absent. */
  clientAssets?: ClientAssets;
  /** Callback worker threads (default: one per core). */
  workers?: number;
  /** The token of this run (default: a fresh random one). */
  token?: string;
}

interface Started {
  app: AppServer;
  http: Server;
  url: string;
}

export function createPreviewServer(options: PreviewServerOptions = {}): PreviewServer {
  const token = options.token ?? createRunToken();
  let started: Promise<Started> | undefined;
  let latest = 0;
  let chain: Promise<unknown> = Promise.resolve();

  function start(): Promise<Started> {
    started ??= (async () => {
      const app = await createAppServer({
        catalog: createCatalog(),
        catalogOf: (compiled) => projectCatalog(compiled.components).catalog,
        clientAssets: options.clientAssets ?? (await loadClientAssets()),
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        preview: true,
      });
      const host = options.host ?? '127.0.0.1';
      const http = createServer((req, res) => guarded(req, res, app, token));
      http.on('clientError', (_err, socket) => {
        if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      });
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        http.listen(0, host, () => resolve());
      });
      const { port } = http.address() as AddressInfo;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      return { app, http, url: `http://${urlHost}:${port}${tokenPrefix(token)}` };
    })();
    return started;
  }

  return {
    async url() {
      return (await start()).url;
    },
    update(project, callbacks, dir, updateOptions) {
      const ticket = ++latest;
      const restricted = updateOptions?.runCallbacks === false;
      const run = async () => {
        const { app: server, url } = await start();
        // Restricted mode runs none of the project's code: its own components show as cards saying so.
        const components = restricted ? {} : (updateOptions?.components ?? {});
        const app = restricted ? await compileApp({ project: withoutCode(project), callbacks: {}, dir }) : await compileApp({ project, callbacks, dir, components });
        // The page draws an error card for each of them, saying why.
        if (restricted) app.problems.push(...Object.keys(updateOptions?.components ?? {}).map((type) => restrictedComponent(type)));
        // A newer edit arrived while this one compiled: let it win.
        if (ticket === latest) await server.setApp(app, dir ? join(dir, 'data') : undefined);
        // Problems of the stripped project (values nobody computes…) are not the project's.
        if (restricted) return { url, problems: [], restricted: true };
        return { url, problems: [...app.problems, ...(app.components ? projectCatalog(app.components).problems : [])] };
      };
      const result = chain.then(run, run);
      chain = result.catch(() => undefined);
      return result;
    },
    async close() {
      if (!started) return;
      const { app, http } = await started;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await Promise.all([closed, app.close()]);
    },
  };
}

function restrictedComponent(type: string): Problem {
  return { path: `components/${type}/index.tsx`, message: 'not run: this folder is in restricted mode (trust it to see its own components)', severity: 'error', code: 'restricted' };
}

/** The project without anything that runs its code: its callbacks (and with them their error handlers). */
function withoutCode(project: Project): Project {
  return { ...project, callbacks: [] };
}

/** Checks Host, Origin and token, then hands the request (its path without the token) to the app server. */
function guarded(req: IncomingMessage, res: ServerResponse, app: AppServer, token: string): void {
  const port = req.socket.localPort ?? 0;
  const refusal = checkLocalRequest(req, port);
  if (refusal) return refuse(res, refusal.status, refusal.error);
  const route = routeToken(req.url ?? '/', token);
  if (route.kind === 'missing') return refuse(res, 403, missingToken('only the editor\'s preview pane has it (the URL it was given carries it)').error);
  if (route.kind === 'redirect') {
    res.writeHead(308, { Location: route.location, 'Cache-Control': 'no-store' }).end();
    return;
  }
  req.url = route.url;
  // The token is in the page's path: never send it along to other sites.
  res.setHeader('Referrer-Policy', 'same-origin');
  app.handle(req, res);
}

function refuse(res: ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify({ error }));
}
