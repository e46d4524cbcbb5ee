import { describe, expect, it } from 'vitest';
import { composeFile, K8S_SHUTDOWN_GRACE_S, kubernetesManifests } from './k8sManifests';

describe('k8s.yaml and compose.yaml', () => {
  const k8s = kubernetesManifests('Sales Board');

  it('probes readiness on /readyz and liveness on /healthz', () => {
    expect(k8s).toMatch(/readinessProbe:\s+httpGet: \{ path: \/readyz, port: 8050 \}/);
    expect(k8s).toMatch(/livenessProbe:\s+httpGet: \{ path: \/healthz, port: 8050 \}/);
  });

  it('gives the pod more grace than the preStop pause and SHUTDOWN_GRACE_MS together', () => {
    const pod = Number(/terminationGracePeriodSeconds: (\d+)/.exec(k8s)![1]);
    const preStop = Number(/command: \["sleep", "(\d+)"\]/.exec(k8s)![1]);
    const grace = Number(/name: SHUTDOWN_GRACE_MS, value: "(\d+)"/.exec(k8s)![1]);
    expect(grace).toBe(K8S_SHUTDOWN_GRACE_S * 1000);
    expect(pod).toBeGreaterThan(preStop + grace / 1000);
  });

  it('holds an autoscaler, a disruption budget, and a Redis wired in with REDIS_URL', () => {
    for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) expect(k8s).toContain(`kind: ${kind}`);
    expect(k8s).toContain('name: sales-board-redis');
    expect(k8s).toContain('{ name: REDIS_URL, value: "redis://sales-board-redis:6379/0" }');
    expect(k8s).toMatch(/managed Redis/);
  });

  it('runs the app with Redis in compose.yaml, stopping more slowly than the grace', () => {
    const compose = composeFile('Sales Board');
    expect(compose).toContain('REDIS_URL: redis://redis:6379/0');
    expect(compose).toContain('image: redis:7-alpine');
    expect(Number(/stop_grace_period: (\d+)s/.exec(compose)![1])).toBeGreaterThan(K8S_SHUTDOWN_GRACE_S);
  });
});
