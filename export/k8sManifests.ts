/** Kubernetes manifests and a Compose file written beside an exported app (DESIGN §5, §8). */
import { DEFAULT_CALLBACK_MEMORY_MB } from '../runtime/server/worker/invocation';

export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'dashwright-app';
}

/** SIGTERM waits this long for work in progress (SHUTDOWN_GRACE_MS); the pod's grace adds the preStop pause and a margin. */
export const K8S_SHUTDOWN_GRACE_S = 25;
/** preStop pause: the endpoints controller and load balancers drop the pod before it gets SIGTERM. */
const PRE_STOP_S = 5;
const MARGIN_S = 5;

export function kubernetesManifests(name: string): string {
  const app = slug(name);
  const redis = `${app}-redis`;
  return `# ${app}: the app (Deployment, Service, autoscaler, disruption budget) and a small Redis.
# Memory: limits.memory holds the main thread (~150 MB) plus (WORKERS + 2 background) workers
# of CALLBACK_MEMORY_MB each; raise both together.
apiVersion: apps/v1
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
      # preStop pause + SHUTDOWN_GRACE_MS + a margin: in-flight cascades and jobs finish before SIGKILL.
      terminationGracePeriodSeconds: ${PRE_STOP_S + K8S_SHUTDOWN_GRACE_S + MARGIN_S}
      containers:
        - name: ${app}
          image: ${app}:latest
          ports: [{ containerPort: 8050 }]
          env:
            - { name: HOST, value: "0.0.0.0" }
            - { name: PORT, value: "8050" }
            - { name: WORKERS, value: "2" } # callback threads: match limits.cpu (a node sees all of its cores)
            - { name: CALLBACK_MEMORY_MB, value: "${DEFAULT_CALLBACK_MEMORY_MB}" } # heap limit per callback worker
            - { name: SHUTDOWN_GRACE_MS, value: "${K8S_SHUTDOWN_GRACE_S * 1000}" }
            - { name: SHUTDOWN_DELAY_MS, value: "1000" } # new connections still taken after SIGTERM
            # Shared cache and background queue (BullMQ) for every replica: the Redis below.
            # For a managed Redis (ElastiCache, Memorystore, Azure Cache…) delete the Redis
            # Deployment and Service below and put its URL here, from a Secret:
            #   - name: REDIS_URL
            #     valueFrom: { secretKeyRef: { name: ${app}-redis-url, key: url } }   # rediss://user:pass@host:6380/0
            - { name: REDIS_URL, value: "redis://${redis}:6379/0" }
          lifecycle:
            preStop:
              exec: { command: ["sleep", "${PRE_STOP_S}"] }
          # Ready: takes traffic (503 from the first moment of a shutdown). Live: the process answers.
          readinessProbe:
            httpGet: { path: /readyz, port: 8050 }
            periodSeconds: 2
            failureThreshold: 1
          livenessProbe:
            httpGet: { path: /healthz, port: 8050 }
            periodSeconds: 10
            failureThreshold: 3
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
  # With REDIS_URL (as above) any replica answers for any job. Without it, background jobs live
  # in each replica's memory: keep a browser on one replica (behind an ingress, make it sticky too).
  sessionAffinity: ClientIP
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${app}
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${app} }
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${app}
spec:
  minAvailable: 1
  selector:
    matchLabels: { app: ${app} }
---
# Optional: a single Redis for the cache and the job queue (no persistence: a restart loses
# cached results and queued jobs). Delete this and the Service below to use a managed Redis.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${redis}
spec:
  replicas: 1
  selector:
    matchLabels: { app: ${redis} }
  template:
    metadata:
      labels: { app: ${redis} }
    spec:
      containers:
        - name: redis
          image: redis:7-alpine
          args: ["--save", "", "--appendonly", "no", "--maxmemory", "200mb", "--maxmemory-policy", "noeviction"]
          ports: [{ containerPort: 6379 }]
          readinessProbe:
            exec: { command: ["redis-cli", "ping"] }
          resources:
            requests: { cpu: 50m, memory: 64Mi }
            limits: { cpu: 500m, memory: 256Mi }
---
apiVersion: v1
kind: Service
metadata:
  name: ${redis}
spec:
  selector: { app: ${redis} }
  ports: [{ port: 6379, targetPort: 6379 }]
`;
}

/** `docker compose up`: the app with a Redis for its cache and background queue. */
export function composeFile(name: string): string {
  const app = slug(name);
  return `# docker compose up --build   → http://127.0.0.1:8050
services:
  ${app}:
    build: .
    ports: ["8050:8050"]
    environment:
      REDIS_URL: redis://redis:6379/0
      SHUTDOWN_GRACE_MS: "${K8S_SHUTDOWN_GRACE_S * 1000}"
    depends_on: [redis]
    # docker stop sends SIGTERM, then SIGKILL after this: keep it above SHUTDOWN_GRACE_MS.
    stop_grace_period: ${K8S_SHUTDOWN_GRACE_S + MARGIN_S}s
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8050/readyz"]
      interval: 10s
      timeout: 3s
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--save", "", "--appendonly", "no"]
`;
}
