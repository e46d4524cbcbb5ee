import { createHash } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog } from '../schema/catalog';
import { CallbackCache } from './callbackCache';
import { createRedisCacheStore } from './redisCache';
import { runCascade } from './cascade';
import { checkUpdateRequest, sentValues } from './cascadeRequest';
import { NDJSON_TYPE, type UpdatePartial } from '../contracts/wire';
import type { CompiledApp } from './compiledApp';
import { readJsonBody, send, sendError, sendJson, sendScript } from './http';
import { createLimitedServer, type HttpLimits } from './httpLimits';
import { JOBS_PREFIX, serveJobs } from './jobRoutes';
import { DATA_PREFIX, serveDataFile } from './dataRoute';
import { CallbackErrorLog } from './errorLog';
import { InFlight } from './inFlight';
import { Metrics } from './metrics';
import { InlineCallbacks } from './inlineCallbacks';
import { JobManager, type JobManagerOptions, type JobQueue } from './jobs';
import { createRedisJobQueue } from './redisJobs';
import { CLIENT_CALLBACKS_PATH, prepareApp, type LoadedApp } from './loadedApp';
import { COMPONENT_MODULES_PATH } from '../schema/componentModules';
import { pageCsp } from './csp';
import { isPagePath, notFoundMessage, pagePathHtml, renderPage } from './page';
import { requestIdOf, type RequestLogEntry, type ServerLog } from './requestLog';
import { shutdownGracefully, type ShutdownOptions } from './shutdown';
import { WorkerPool, type Invocation } from './worker/pool';
import type { InvokeOutcome } from './worker/protocol';

export interface ClientAssets {
  /** Path under /_dashwright/assets/ (app.js, app.css, chunk-*.js) → file. */
  files: Map<string, { body: Buffer; contentType: string }>;
}

export interface AppServerOptions extends HttpLimits {
  catalog: Catalog;
  /** The catalogue of one app when it has component types of its own (the built-ins' `catalog` otherwise). */
  catalogOf?: (app: CompiledApp) => Catalog;
  clientAssets: ClientAssets;
  /** Callback worker threads; default os.availableParallelism(). */
  workers?: number;
  /** Time limit of callbacks without their own timeoutMs; default env CALLBACK_TIMEOUT_MS, else 5000. */
  callbackTimeoutMs?: number;
  /** Heap limit of each callback worker in MB (CALLBACK_MEMORY_MB); a callback past it is stopped and reported. Default 160. */
  callbackMemoryMb?: number;
  /** The bundled worker script (see worker/script.ts); found automatically from source or beside server.mjs. */
  workerUrl?: URL;
  /** The project's data/ folder, unless setApp names one. */
  dataDir?: string;
  /** false: resolve at once and start the workers in the background (the exported server answers pages while they start). Default true. */
  awaitWorkers?: boolean;
  /** Worker threads for background callbacks, apart from the others; started with the first app that has one. Default 2. */
  backgroundWorkers?: number;
  /** Time limit of background callbacks without their own timeoutMs; default 10 minutes. */
  backgroundTimeoutMs?: number;
  /** How long finished jobs are kept, and when a job nobody follows is cancelled. */
  jobs?: Omit<JobManagerOptions, 'log'>;
  /** Redis (REDIS_URL) to share the callback cache with other instances and queue background callbacks with BullMQ; without it each instance works alone. */
  redisUrl?: string;
  log?: ServerLog;
  /** Told of every answered request, with its id (X-Request-Id, given or made; sent back): LOG_FORMAT=json. */
  requestLog?: (entry: RequestLogEntry) => void;
  /** The editor's preview: the spec carries `preview: true` (analytics only log). */
  preview?: boolean;
}

export interface AppServer {
  /** Swap in an app: requests that arrive after this resolves run it. */
  setApp(app: CompiledApp, dataDir?: string): Promise<void>;
  /** A node:http request listener. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
  /** SIGTERM: /readyz 503 at once, requests and background calls in progress finish (see shutdown.ts), then close. True if all finished in the grace. */
  shutdown(options?: ShutdownOptions): Promise<boolean>;
}

interface Asset {
  body: Buffer;
  contentType: string;
  etag: string;
  immutable: boolean;
}

const ASSET_PREFIX = '/_dashwright/assets/';
/** esbuild's [hash] in names: chunk-ABCD1234.js, app-5KX2M3QZ.css */
const HASHED_NAME = /-[A-Z0-9]{8}\.[A-Za-z0-9]+$/;
const DEFAULT_TIMEOUT_MS = 5000;

/** The app server (DESIGN §4): starts the callback workers, then serves whatever app setApp gave it. */
export async function createAppServer(options: AppServerOptions): Promise<AppServer> {
  const log = options.log ?? (() => {});
  const defaultTimeoutMs = options.callbackTimeoutMs ?? timeoutFromEnv(log) ?? DEFAULT_TIMEOUT_MS;
  const workerOptions = {
    ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}),
    ...(options.callbackMemoryMb !== undefined ? { memoryMb: options.callbackMemoryMb } : {}),
    log,
    loadTimeoutMs: defaultTimeoutMs,
  };
  // Workers start while the server already answers pages (an exported app answers at once);
  // the first cascade waits for them. A worker script that cannot start still fails here.
  const poolReady = WorkerPool.start({ ...workerOptions, ...(options.workers !== undefined ? { size: options.workers } : {}) });
  if (options.awaitWorkers !== false) await poolReady;
  poolReady.catch((err: unknown) => log(`could not start the callback workers: ${(err as Error).message}`));
  // Background callbacks get workers of their own, so a long job never holds up a cascade.
  let backgroundPool: Promise<WorkerPool> | undefined;
  const requests = new InFlight();
  const backgroundCalls = new InFlight();
  const metrics = new Metrics();
  /** Request ids, when requests are logged. */
  const requestIds = new WeakMap<IncomingMessage, string>();
  const pools: WorkerPool[] = [];
  void poolReady.then((pool) => pools.push(pool), () => undefined);
  let draining = false;
  const recordRun = (callback: string, ms: number, outcome: InvokeOutcome): void => metrics.record(callback, ms, outcome);
  /** Background runs are timed into /metrics here (cascades time theirs: CascadeOptions.onRun). */
  const timed = (inv: Invocation, running: Promise<InvokeOutcome>): Promise<InvokeOutcome> => {
    const started = performance.now();
    return running.then((outcome) => {
      metrics.record(inv.callback, performance.now() - started, outcome);
      return outcome;
    });
  };
  const invokeBackground: ConstructorParameters<typeof JobManager>[0] = (inv) =>
    backgroundCalls.track(async () => {
      const own = await backgroundPool?.catch(() => undefined);
      return timed(inv, (own ?? (await poolReady)).invoke(inv));
    });
  const shared = options.redisUrl ? await createRedisCacheStore(options.redisUrl, log) : undefined;
  const cache = new CallbackCache(shared ? { shared } : {});
  const jobs: JobQueue = options.redisUrl
    ? await createRedisJobQueue(options.redisUrl, invokeBackground, {
        concurrency: options.backgroundWorkers ?? 2,
        log,
        ...options.jobs,
        finished: (callback, outcome, ms, entry) => {
          cache.recordRun(callback, ms);
          if (outcome.kind === 'ok' && entry) cache.store({ id: callback, cache: { ttlSeconds: entry.ttlSeconds } }, entry.key, outcome.outputs);
        },
      })
    : new JobManager(invokeBackground, { ...options.jobs, log });
  const inline = new InlineCallbacks();
  const errorLog = new CallbackErrorLog(log);
  const assets = prepareAssets(options.clientAssets);
  const emptyPage = renderPage('Dashwright');
  const emptyCsp = pageCsp({ components: [] });
  let current: LoadedApp | undefined;
  let setAppTicket = 0;
  let firstLoad: Promise<void> = Promise.resolve();
  /** The cascade pool once the first app is loaded in it. */
  let ready: WorkerPool | undefined;
  let server: Server | undefined;

  async function setApp(app: CompiledApp, dataDir?: string): Promise<void> {
    const ticket = ++setAppTicket;
    const catalog = app.components?.length && options.catalogOf ? options.catalogOf(app) : options.catalog;
    const prepared = prepareApp(app, catalog, dataDir ?? options.dataDir, { preview: options.preview === true });
    await inline.load(app.revision, app.server, prepared.dataDir);
    const spec = { revision: app.revision, modules: app.server, ...(prepared.dataDir !== undefined ? { dataDir: prepared.dataDir } : {}) };
    const hasBackground = app.project.callbacks.some((cb) => cb.background === true && cb.placement !== 'client');
    if (hasBackground && !backgroundPool) {
      backgroundPool = WorkerPool.start({ ...workerOptions, size: options.backgroundWorkers ?? 2 });
      void backgroundPool.then((pool) => pools.push(pool), () => undefined);
      backgroundPool.catch((err: unknown) => log(`could not start the background workers (background callbacks share the others): ${(err as Error).message}`));
    }
    const background = backgroundPool?.then((bg) => bg.load(spec)).catch(() => undefined);
    const loaded = Promise.all([poolReady.then((pool) => pool.load(spec)), background]).then(() => undefined);
    if (!current) {
      // The first app: serve its page and spec right away; cascades wait until its modules are loaded.
      current = prepared;
      firstLoad = loaded;
      ready = undefined;
    }
    await loaded;
    // A later setApp that finished first wins.
    if (ticket === setAppTicket) current = prepared;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const path = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = (): URLSearchParams => new URLSearchParams(queryAt < 0 ? '' : rawUrl.slice(queryAt + 1));
    const method = req.method ?? 'GET';
    const readOnly = method === 'GET' || method === 'HEAD';
    const headOnly = method === 'HEAD';
    const only = (allowed: string): boolean => {
      if (allowed === 'GET' ? readOnly : method === allowed) return true;
      sendError(res, 405, `${method} is not allowed on ${path}; use ${allowed}`, { headers: { Allow: allowed === 'GET' ? 'GET, HEAD' : allowed } });
      return false;
    };
    const app = current;
    if (path === '/' || path === '/index.html' || isPagePath(app?.compiled.project.pages, path)) {
      const headers = { 'Cache-Control': 'no-cache', 'Content-Security-Policy': app?.pageCsp ?? emptyCsp };
      if (only('GET')) send(res, 200, pagePathHtml(app?.pageHtml ?? emptyPage, path), 'text/html; charset=utf-8', { headers, headOnly });
    } else if (path === '/healthz') {
      if (only('GET')) sendJson(res, 200, { ok: true }, { headOnly });
    } else if (path === '/readyz') {
      if (!only('GET')) return;
      if (draining) sendJson(res, 503, { ok: false, error: 'the server is shutting down' }, { headOnly });
      else if (!app) sendJson(res, 503, { ok: false, error: 'no app is loaded yet' }, { headOnly });
      else sendJson(res, 200, { ok: true }, { headOnly });
    } else if (path === '/_dashwright/spec') {
      if (!only('GET')) return;
      if (!app) sendError(res, 409, 'no app is loaded yet', { headOnly });
      else send(res, 200, app.specJson, 'application/json; charset=utf-8', { headers: { 'Cache-Control': 'no-cache' }, headOnly });
    } else if (path === `/${CLIENT_CALLBACKS_PATH}`) {
      if (!only('GET')) return;
      const bundle = app?.compiled.clientBundle;
      if (!app || bundle === undefined) sendError(res, 404, 'this app has no client callbacks', { headOnly });
      else sendScript(res, bundle, query().get('rev') === app.revision, headOnly);
    } else if (path.startsWith(`/${COMPONENT_MODULES_PATH}`)) {
      if (!only('GET')) return;
      const type = path.slice(COMPONENT_MODULES_PATH.length + 1).replace(/\.js$/, '');
      const component = app?.compiled.components?.find((c) => c.type === type);
      if (!component) sendError(res, 404, `this app has no component type "${type}"`, { headOnly });
      else sendScript(res, component.browser, query().get('h') === component.hash, headOnly);
    } else if (path.startsWith(DATA_PREFIX)) {
      if (only('GET')) await serveDataFile(req, res, path.slice(DATA_PREFIX.length), app?.dataDir, headOnly, app?.compiled.project.settings?.allowScripts);
    } else if (path.startsWith(ASSET_PREFIX)) {
      if (only('GET')) serveAsset(req, res, path.slice(ASSET_PREFIX.length), headOnly);
    } else if (path === '/_dashwright/update') {
      if (only('POST')) await update(req, res, app);
    } else if (path.startsWith(JOBS_PREFIX)) {
      await serveJobs(req, res, path, jobs);
    } else if (path === '/metrics') {
      if (!only('GET')) return;
      const stats = cache.stats(app ? [...app.graph.callbacks.keys()] : undefined);
      const text = metrics.render({
        cache: Object.fromEntries(Object.entries(stats.callbacks).map(([id, c]) => [id, { hits: c.hits, misses: c.misses }])),
        queueDepth: pools.reduce((sum, pool) => sum + pool.queueDepth, 0),
        requestsInFlight: requests.count,
        backgroundInFlight: backgroundCalls.count,
      });
      send(res, 200, text, 'text/plain; version=0.0.4; charset=utf-8', { headers: { 'Cache-Control': 'no-store' }, headOnly });
    } else if (path === '/_dashwright/stats') {
      if (only('GET')) sendJson(res, 200, cache.stats(app ? [...app.graph.callbacks.keys()] : undefined), { headOnly });
    } else {
      sendError(res, 404, notFoundMessage(app?.compiled.project.pages, path), { headOnly });
    }
  }

  async function update(req: IncomingMessage, res: ServerResponse, app: LoadedApp | undefined): Promise<void> {
    const body = await readJsonBody(req);
    if (!body.ok) return sendError(res, body.status, body.error);
    if (!app) return sendError(res, 409, 'no app is loaded yet');
    if (app.withItems) app = app.withItems(sentValues(body.value));
    const checked = checkUpdateRequest(app, body.value);
    if (!checked.ok) return sendError(res, 400, checked.error);
    // Awaited only until they settle: after that, no extra turns per request.
    if (!ready) {
      await firstLoad;
      ready = await poolReady;
    }
    const pool = ready;
    const stream = (req.headers.accept ?? '').includes(NDJSON_TYPE);
    if (stream) res.writeHead(200, { 'Content-Type': `${NDJSON_TYPE}; charset=utf-8`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    const response = await runCascade(app, checked.request, {
      invoke: (inv) => inline.invoke(inv) ?? pool.invoke(inv),
      onRun: recordRun,
      defaultTimeoutMs,
      ...(options.backgroundTimeoutMs !== undefined ? { backgroundTimeoutMs: options.backgroundTimeoutMs } : {}),
      cache,
      startJob: (request) => jobs.start(request),
      ...(shared ? { sharedValues: shared } : {}),
      ...(stream ? { onSettled: (partial: UpdatePartial) => void res.write(`${JSON.stringify(partial)}\n`) } : {}),
    });
    if (response.errors.length > 0) {
      const reqId = requestIds.get(req);
      errorLog.report(response.errors, reqId !== undefined ? { reqId } : undefined);
      failedCallbacks.set(res, response.errors.map((e) => e.callback));
    }
    if (stream) res.end(`${JSON.stringify(response)}\n`);
    else sendJson(res, 200, response);
  }

  function serveAsset(req: IncomingMessage, res: ServerResponse, name: string, headOnly: boolean): void {
    let decoded: string;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      return sendError(res, 400, 'bad asset path');
    }
    const asset = assets.get(decoded);
    if (!asset) return sendError(res, 404, `no such asset: ${decoded}`, { headOnly });
    const cache = asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (req.headers['if-none-match'] === asset.etag) {
      res.writeHead(304, { ETag: asset.etag, 'Cache-Control': cache });
      res.end();
      return;
    }
    send(res, 200, asset.body, asset.contentType, { headers: { 'Cache-Control': cache, ETag: asset.etag }, headOnly });
  }

  const failedCallbacks = new WeakMap<ServerResponse, string[]>();
  const { requestLog } = options;

  function logged(req: IncomingMessage, res: ServerResponse, reqLog: (entry: RequestLogEntry) => void): void {
    const reqId = requestIdOf(req.headers['x-request-id']);
    const started = performance.now();
    requestIds.set(req, reqId);
    res.setHeader('X-Request-Id', reqId);
    res.once('close', () => {
      const rawUrl = req.url ?? '/';
      const queryAt = rawUrl.indexOf('?');
      const entry: RequestLogEntry = { reqId, method: req.method ?? 'GET', path: queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt), status: res.statusCode, ms: Math.round((performance.now() - started) * 10) / 10 };
      const failed = failedCallbacks.get(res);
      if (failed) entry.failed = failed;
      reqLog(entry);
    });
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const end = requests.begin();
    res.once('close', end);
    if (requestLog) logged(req, res, requestLog);
    // While shutting down, each answer ends its connection, so clients reconnect to another instance.
    if (draining) res.setHeader('Connection', 'close');
    route(req, res).catch((err: unknown) => {
      const reqId = requestIds.get(req);
      log(`request ${req.method} ${req.url} failed: ${(err as Error).stack ?? String(err)}`, reqId !== undefined ? { reqId } : undefined);
      if (!res.headersSent) sendError(res, 400, `the request could not be handled: ${(err as Error).message}`);
      else res.destroy();
    });
  }

  async function listen(port: number, host = '127.0.0.1'): Promise<{ url: string; port: number }> {
    if (server) throw new Error('the app server is already listening');
    const created = createLimitedServer(handle, options, log);
    server = created;
    await new Promise<void>((resolve, reject) => {
      created.once('error', reject);
      created.listen(port, host, () => {
        created.off('error', reject);
        resolve();
      });
    });
    const actual = (created.address() as AddressInfo).port;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    return { url: `http://${urlHost}:${actual}/`, port: actual };
  }

  const closePool = (): Promise<void> => poolReady.then((pool) => pool.close(), () => undefined);

  async function close(): Promise<void> {
    jobs.close();
    void shared?.close();
    const background = backgroundPool?.then((bg) => bg.close()).catch(() => undefined);
    const closing = server;
    server = undefined;
    if (closing) {
      const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
      closing.closeIdleConnections();
      setTimeout(() => closing.closeAllConnections(), 1000).unref();
      await Promise.all([closed, closePool(), background]);
    } else await Promise.all([closePool(), background]);
  }

  function shutdown(shutdownOptions?: ShutdownOptions): Promise<boolean> {
    const parts = {
      startDraining: () => {
        draining = true;
      },
      server,
      requests,
      background: backgroundCalls,
      close,
      log,
    };
    return shutdownGracefully(parts, shutdownOptions);
  }

  return { setApp, handle, listen, close, shutdown };
}

function prepareAssets(clientAssets: ClientAssets): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [name, file] of clientAssets.files) {
    let etag: string | undefined;
    // Hashed lazily: hashing the 5 MB Plotly chunk at start would delay the first answer.
    const asset = { body: file.body, contentType: file.contentType, immutable: HASHED_NAME.test(name) } as Asset;
    Object.defineProperty(asset, 'etag', { get: () => (etag ??= `"${createHash('sha256').update(file.body).digest('base64url').slice(0, 22)}"`) });
    assets.set(name, asset);
  }
  return assets;
}

function timeoutFromEnv(log: (line: string) => void): number | undefined {
  const raw = process.env.CALLBACK_TIMEOUT_MS;
  if (raw === undefined || raw === '') return undefined;
  const ms = Number(raw);
  if (Number.isInteger(ms) && ms > 0) return ms;
  log(`ignoring CALLBACK_TIMEOUT_MS=${raw}: it must be a positive whole number of milliseconds`);
  return undefined;
}
