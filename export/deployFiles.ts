/** The deployment files written beside an exported app's server.mjs. */

export function dockerfile(): string {
  return `FROM node:20-alpine
WORKDIR /app
COPY . .
ENV HOST=0.0.0.0 PORT=8050 NODE_ENV=production
EXPOSE 8050
USER node
HEALTHCHECK --interval=10s --timeout=3s CMD wget -qO- http://127.0.0.1:8050/healthz || exit 1
CMD ["node", "server.mjs"]
`;
}

export function dockerignore(): string {
  return 'node_modules\n*.log\n';
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'dashwright-app';
}

export function kubernetesManifests(name: string): string {
  const app = slug(name);
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
spec:
  replicas: 2
  selector:
    matchLabels: { app: ${app} }
  template:
    metadata:
      labels: { app: ${app} }
    spec:
      containers:
        - name: ${app}
          image: ${app}:latest
          ports: [{ containerPort: 8050 }]
          env:
            - { name: HOST, value: "0.0.0.0" }
            - { name: PORT, value: "8050" }
            - { name: WORKERS, value: "2" } # callback threads: match limits.cpu (a node sees all of its cores)
          readinessProbe:
            httpGet: { path: /healthz, port: 8050 }
          livenessProbe:
            httpGet: { path: /healthz, port: 8050 }
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { cpu: "2", memory: 1Gi }
---
apiVersion: v1
kind: Service
metadata:
  name: ${app}
spec:
  selector: { app: ${app} }
  ports: [{ port: 80, targetPort: 8050 }]
  # Without REDIS_URL, background jobs live in each replica's memory: keep a browser on one
  # replica, so it can follow the job it started (behind an ingress, make it sticky too). With
  # REDIS_URL, jobs are queued in Redis and any replica can answer for them.
  sessionAffinity: ClientIP
`;
}

export function appReadme(name: string): string {
  const app = slug(name);
  return `# ${name}

A dashboard exported by [Dashwright](https://github.com/dashwright). It needs Node.js 20 or newer
and nothing else: no \`npm install\`.

## Run

\`\`\`sh
node server.mjs                      # http://127.0.0.1:8050
PORT=8080 HOST=0.0.0.0 node server.mjs
\`\`\`

Environment: \`PORT\` (default 8050), \`HOST\` (default 127.0.0.1), \`CALLBACK_TIMEOUT_MS\`
(default 5000: a callback running longer is stopped and reported), \`WORKERS\` (callback threads;
default one per CPU core: set it to the CPU limit of a container), \`REDIS_URL\` (share the
callback cache with other instances and queue background callbacks there, with BullMQ).

## Docker

\`\`\`sh
docker build -t ${app} .
docker run -p 8050:8050 ${app}
\`\`\`

## Kubernetes

\`\`\`sh
kubectl apply -f k8s.yaml    # a Deployment (2 replicas, health probes on /healthz) and a Service
\`\`\`

Set \`REDIS_URL\` (add it to the Deployment's env) to share the callback cache between replicas
and queue background callbacks in Redis (BullMQ), so any replica can run or report a job.
Without it each replica keeps its jobs in memory, so the Service keeps a client on one replica
(\`sessionAffinity: ClientIP\`); make an ingress in front of it sticky too.

## What is in here

| path | what |
|---|---|
| \`server.mjs\`, \`worker.mjs\` | the Dashwright runtime server, bundled |
| \`app/\` | the project manifest and its callbacks, compiled to JavaScript (with source maps) |
| \`public/\` | the browser app |
| \`data/\` | the data files the callbacks read |

Endpoints: \`GET /\` the app, \`GET /healthz\`, \`GET /_dashwright/spec\`, \`POST /_dashwright/update\`.
`;
}
