/** The deployment files written beside an exported app's server.mjs (Kubernetes and Compose: k8sManifests.ts). */
import { K8S_SHUTDOWN_GRACE_S, slug } from './k8sManifests';

export interface DockerfileOptions {
  /**
   * The app has package.json dependencies (DuckDB, for Parquet and SQL): the image installs them,
   * with the native binding of its own libc and architecture (node_modules is not copied in).
   */
  installDependencies?: boolean;
}

export function dockerfile(options: DockerfileOptions = {}): string {
  return `FROM node:20-alpine
WORKDIR /app
COPY . .
${options.installDependencies ? 'RUN npm install --omit=dev --no-audit --no-fund\n' : ''}ENV HOST=0.0.0.0 PORT=8050 NODE_ENV=production
EXPOSE 8050
USER node
HEALTHCHECK --interval=10s --timeout=3s CMD wget -qO- http://127.0.0.1:8050/healthz || exit 1
CMD ["node", "server.mjs"]
`;
}

export function dockerignore(): string {
  return 'node_modules\n*.log\n';
}

export interface ReadmeOptions {
  /**
   * The app uses DuckDB (Parquet files, SQL): its node_modules holds it for this platform
   * (e.g. "linux-x64"), or (null) it was not installed where the app was exported.
   */
  duckdb?: string | null;
}

export function appReadme(name: string, options: ReadmeOptions = {}): string {
  const app = slug(name);
  const needs = options.duckdb
    ? `It needs Node.js 20 or newer. Its callbacks read Parquet files or run SQL with DuckDB, which is
in \`node_modules/\` for ${options.duckdb}; on another platform run \`npm install\` here first (the
Dockerfile does).`
    : options.duckdb === null
      ? `It needs Node.js 20 or newer. Its callbacks read Parquet files or run SQL with DuckDB: run
\`npm install\` here first (the Dockerfile does).`
      : `It needs Node.js 20 or newer
and nothing else: no \`npm install\`.`;
  return `# ${name}

A dashboard exported by [Dashwright](https://github.com/dashwright). ${needs}

## Run

\`\`\`sh
node server.mjs                      # http://127.0.0.1:8050
PORT=8080 HOST=0.0.0.0 node server.mjs
\`\`\`

Environment: \`PORT\` (default 8050), \`HOST\` (default 127.0.0.1), \`CALLBACK_TIMEOUT_MS\`
(default 5000: a callback running longer is stopped and reported), \`CALLBACK_MEMORY_MB\` (heap
limit per callback worker, default 160: a callback past it is stopped with "ran out of memory"),
\`WORKERS\` (callback threads; default one per CPU core: set it to the CPU limit of a container),
\`REDIS_URL\` (share the callback cache with other instances and queue background callbacks
there, with BullMQ), \`SHUTDOWN_GRACE_MS\` (default 20000) and \`SHUTDOWN_DELAY_MS\` (default
2000): on SIGTERM \`/readyz\` answers 503 at once, new connections are taken for the delay, and
requests and background jobs in progress finish within the grace before the process exits 0.

## Docker

\`\`\`sh
docker build -t ${app} .
docker run -p 8050:8050 ${app}
\`\`\`

## Kubernetes

\`\`\`sh
kubectl apply -f k8s.yaml
\`\`\`

\`k8s.yaml\` holds a Deployment (2 replicas; readiness on \`/readyz\`, liveness on \`/healthz\`; a
\`preStop\` pause and \`terminationGracePeriodSeconds\` above \`SHUTDOWN_GRACE_MS\` = ${K8S_SHUTDOWN_GRACE_S} s),
a Service, a HorizontalPodAutoscaler (2–10 replicas on CPU), a PodDisruptionBudget and a small
Redis (Deployment and Service) wired in with \`REDIS_URL\`, so replicas share the callback cache
and any replica can run or report a background job. To use a managed Redis instead, delete the
Redis part and set \`REDIS_URL\` from a Secret (the file says how). Without \`REDIS_URL\` each
replica keeps its jobs in memory, so the Service keeps a client on one replica
(\`sessionAffinity: ClientIP\`); make an ingress in front of it sticky too.

## Docker Compose

\`\`\`sh
docker compose up --build    # the app and a Redis, on http://127.0.0.1:8050
\`\`\`

## What is in here

| path | what |
|---|---|
| \`server.mjs\`, \`worker.mjs\` | the Dashwright runtime server, bundled |
| \`app/\` | the project manifest and its callbacks, compiled to JavaScript (with source maps) |
| \`public/\` | the browser app |
| \`data/\` | the data files the callbacks read |
${options.duckdb !== undefined ? '| `sql.mjs`, `node_modules/@duckdb/` | DuckDB for Parquet files and SQL (a process per callback worker, started on first use) |\n' : ''}
Endpoints: \`GET /\` the app, \`GET /healthz\` (the process answers), \`GET /readyz\` (takes traffic;
503 while starting or shutting down), \`GET /metrics\` (Prometheus text: callback durations,
runs, errors, timeouts, cache hits and misses, queue depth, work in flight),
\`GET /_dashwright/spec\`, \`POST /_dashwright/update\`. \`LOG_FORMAT=json\` logs JSON (pino), a line
per request with its id (\`X-Request-Id\`); \`MAX_CONNECTIONS\` (4096) and \`REQUEST_TIMEOUT_MS\`
(15000) limit connections and slow requests.
`;
}
