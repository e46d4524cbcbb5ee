// The exported server against bare node:http, loaded with wrk -t2 -c8 (DESIGN §7), each pair
// measured in turns (baseline, app, baseline, app…) so that load from elsewhere on the machine
// falls on both alike; the ratios are medians over the rounds.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { probeLatency } from './load';
import { wrkPost, type WrkResult } from './wrk';

const ROOT = resolve(import.meta.dirname, '..');
const CORES = os.availableParallelism();
const body = JSON.stringify({ changed: ['n.value'], values: { 'n.value': 5 } });
const WRK = { threads: 2, connections: 8 };

export interface Running {
  url: string;
  child: ChildProcess;
}

export interface ServerBench {
  trivial: { ours: WrkResult; base: WrkResult; ratio: number };
  onWorker: { ours: WrkResult; ratio: number };
  cpu: { ours: WrkResult; base: number; ratio: number; healthz: { p50: number; p99: number } };
  startupMs: number;
  /** The same for a bare node:http server: Node's own start-up on this machine at the time. */
  bareStartupMs: number;
  rss: { trivialMb: number; cpuMb: number; perWorkerMb: number; workers: number };
}

const children: ChildProcess[] = [];
export const stopAll = (): void => children.forEach((c) => c.kill());

export function start(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((done, fail) => {
    let text = '';
    child.stdout!.on('data', (c: Buffer) => {
      text += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
      if (m) done({ url: m[1], child });
    });
    child.once('exit', (code) => fail(new Error(`exited ${code}: ${text}`)));
  });
}

/** Time from spawn until /healthz answers 200. */
async function startupMs(args: string[], cwd: string): Promise<number> {
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  const began = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) return performance.now() - began;
      await new Promise((r) => setTimeout(r, 2));
    }
  } finally {
    child.kill();
  }
}

/** Resident memory of a process, from /proc. */
function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medianBy = <T>(xs: T[], key: (x: T) => number): T => [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)];
const update = (r: Running): string => `${r.url}_dashwright/update`;

export async function measureServers(apps: { trivial: string; onWorker: string; busy: string }, seconds: number, rounds: number): Promise<ServerBench> {
  // Start-up first, on a quiet machine.
  // Start-up, in turns with a bare node:http process (what Node itself takes on this machine now).
  const starts: number[] = [];
  const bareStarts: number[] = [];
  for (let i = 0; i < 5; i++) {
    bareStarts.push(await startupMs([join(ROOT, 'bench', 'baselineServer.mjs')], ROOT));
    starts.push(await startupMs(['server.mjs'], apps.trivial));
  }

  const baseline = await start([join(ROOT, 'bench', 'baselineServer.mjs')], ROOT);
  const trivial = await start(['server.mjs'], apps.trivial);
  const onWorker = await start(['server.mjs'], apps.onWorker);
  for (const r of [baseline.url, update(trivial), update(onWorker)]) await wrkPost(r, body, { ...WRK, seconds: 1 });
  const runs: Array<{ base: WrkResult; ours: WrkResult; worker: WrkResult }> = [];
  for (let i = 0; i < rounds; i++) {
    const base = await wrkPost(baseline.url, body, { ...WRK, seconds });
    const ours = await wrkPost(update(trivial), body, { ...WRK, seconds });
    const worker = await wrkPost(update(onWorker), body, { ...WRK, seconds });
    runs.push({ base, ours, worker });
  }
  const trivialRss = rssMb(trivial.child);
  [baseline, trivial, onWorker].forEach((r) => r.child.kill());
  const ratio = median(runs.map((r) => r.ours.rps / r.base.rps));
  const workerRatio = median(runs.map((r) => r.worker.rps / r.base.rps));

  // CPU-bound: one bare process per core, each loaded by its own wrk, against the app with a worker per core.
  const bares = await Promise.all(Array.from({ length: CORES }, () => start([join(ROOT, 'bench', 'baselineServer.mjs')], ROOT, { BUSY_MS: '5' })));
  const busy = await start(['server.mjs'], apps.busy, { WORKERS: String(CORES) });
  await wrkPost(update(busy), body, { ...WRK, seconds: 1 });
  const cpuRuns: Array<{ base: number; ours: WrkResult; probe: { p50: number; p99: number } }> = [];
  for (let i = 0; i < rounds; i++) {
    const perCore = await Promise.all(bares.map((b) => wrkPost(b.url, body, { threads: 1, connections: 4, seconds })));
    const [ours, probe] = await Promise.all([wrkPost(update(busy), body, { threads: 2, connections: 4 * CORES, seconds }), probeLatency(`${busy.url}healthz`, seconds - 0.5)]);
    cpuRuns.push({ base: perCore.reduce((s, r) => s + r.rps, 0), ours, probe });
  }
  const cpuRss = rssMb(busy.child);
  [...bares, busy].forEach((r) => r.child.kill());
  // What one more worker costs: the same app and load with a single worker.
  const single = await start(['server.mjs'], apps.busy, { WORKERS: '1' });
  await wrkPost(update(single), body, { threads: 2, connections: 4 * CORES, seconds: Math.min(seconds, 3) });
  const singleRss = rssMb(single.child);
  single.child.kill();

  const cpu = medianBy(cpuRuns, (r) => r.ours.rps / r.base);
  return {
    trivial: { ours: medianBy(runs, (r) => r.ours.rps).ours, base: medianBy(runs, (r) => r.base.rps).base, ratio },
    onWorker: { ours: medianBy(runs, (r) => r.worker.rps).worker, ratio: workerRatio },
    cpu: { ours: cpu.ours, base: cpu.base, ratio: cpu.ours.rps / cpu.base, healthz: cpu.probe },
    startupMs: median(starts),
    bareStartupMs: median(bareStarts),
    rss: { trivialMb: trivialRss, cpuMb: cpuRss, perWorkerMb: CORES > 1 ? (cpuRss - singleRss) / (CORES - 1) : 0, workers: CORES },
  };
}
