/**
 * Brings a scenario up on one placement: compiles it with the real compiler, then drives the
 * real browser runtime (createAppRuntime) either against a real app server over HTTP (server,
 * mixed) or with its client bundle alone (client). Everything the runtime reports is recorded.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppRuntime, type AppRuntime, type CascadeRecord } from '../client/runtime';
import type { FetchLike } from '../client/requests';
import { createCatalog } from '../components/catalog';
import { projectSchema, type Project } from '../schema/project';
import { specOf } from '../contracts/spec';
import type { UpdateResponse } from '../contracts/wire';
import { compileApp } from '../server/compile';
import type { CompiledApp } from '../server/compiledApp';
import { createAppServer, type AppServer } from '../server/appServer';
import type { Placement, Scenario } from './scenario';

/** One app server for a whole test file: each scenario swaps its app in with setApp. */
export interface SharedServer {
  url: string;
  server: AppServer;
  logs: string[];
  close(): Promise<void>;
}

export async function startSharedServer(): Promise<SharedServer> {
  const logs: string[] = [];
  const server = await createAppServer({ catalog: createCatalog(), clientAssets: { files: new Map() }, workers: 2, callbackTimeoutMs: 3000, log: (line) => logs.push(line) });
  const { url } = await server.listen(0, '127.0.0.1');
  return { url, server, logs, close: () => server.close() };
}

export interface LoggedError {
  line: string;
  detail: unknown;
}

export interface Harness {
  placement: Placement;
  runtime: AppRuntime;
  /** Every finished cascade, in the order the runtime reported them. */
  records: CascadeRecord[];
  /** Every update response body the runtime received. */
  responses: UpdateResponse[];
  /** POST /_dashwright/update requests made (client placement: any is a failure). */
  updateRequests: number;
  logged: LoggedError[];
  close(): Promise<void>;
}

/** The scenario's project with every callback moved to `placement` (mixed: as written). */
export function projectFor(scenario: Scenario, placement: Placement): Project {
  const { components, values = [], callbacks } = scenario.project;
  return projectSchema.parse({
    format: 'dashwright',
    version: 1,
    name: scenario.name,
    components,
    values: values.map((id) => ({ id })),
    callbacks: placement === 'mixed' ? callbacks : callbacks.map((c) => ({ ...c, placement })),
    ...(scenario.project.onError !== undefined ? { onError: scenario.project.onError } : {}),
  });
}

export async function compileScenario(scenario: Scenario, placement: Placement): Promise<CompiledApp> {
  const app = await compileApp({ project: projectFor(scenario, placement), callbacks: scenario.callbacks });
  const errors = app.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`scenario "${scenario.name}" does not compile: ${errors.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return app;
}

/** An ES module from its text, the way the browser gets it: fetched, then imported. */
function importFromText(code: string): Promise<unknown> {
  return import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) as Promise<unknown>;
}

function isUpdate(url: string, init: RequestInit | undefined): boolean {
  return url.endsWith('/_dashwright/update') && init?.method === 'POST';
}

interface Recorder {
  records: CascadeRecord[];
  responses: UpdateResponse[];
  logged: LoggedError[];
  updateRequests: number;
}

function newRecorder(): Recorder {
  return { records: [], responses: [], logged: [], updateRequests: 0 };
}

function runtimeWith(rec: Recorder, baseUrl: string, fetchFn: FetchLike): AppRuntime {
  return createAppRuntime({
    baseUrl,
    fetch: fetchFn,
    importModule: async (url) => importFromText(await (await fetchFn(url)).text()),
    logger: { error: (line: unknown, detail?: unknown) => rec.logged.push({ line: String(line), detail }) },
    onCascade: (record) => rec.records.push(record),
  });
}

/** Server or mixed placement: the scenario's app on the shared server, the runtime on node's fetch. */
export async function serverHarness(shared: SharedServer, scenario: Scenario, placement: Placement): Promise<Harness> {
  const app = await compileScenario(scenario, placement);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dw-conformance-'));
  for (const [name, text] of Object.entries(scenario.data ?? {})) await fs.writeFile(path.join(dataDir, name), text);
  await shared.server.setApp(app, dataDir);
  const rec = newRecorder();
  const fetchFn: FetchLike = async (url, init) => {
    const res = await fetch(url, init);
    if (isUpdate(url, init)) {
      rec.updateRequests++;
      // Streamed (NDJSON) or not, the complete response is the last line.
      if (res.ok) rec.responses.push(JSON.parse((await res.clone().text()).trim().split('\n').pop()!) as UpdateResponse);
    }
    return res;
  };
  const runtime = runtimeWith(rec, shared.url, fetchFn);
  return harness(placement, runtime, rec, () => fs.rm(dataDir, { recursive: true, force: true }));
}

export const CLIENT_BASE = 'http://client.placement.test';

/** Client placement: the spec and the compiled client bundle served by a stub; no server runs callbacks. */
export async function clientHarness(scenario: Scenario): Promise<Harness> {
  const app = await compileScenario(scenario, 'client');
  const bundle = app.clientBundle;
  if (bundle === undefined) throw new Error(`scenario "${scenario.name}" has no client bundle`);
  const spec = JSON.stringify(specOf(app.project, app.revision, 'client-callbacks.js'));
  const rec = newRecorder();
  const fetchFn: FetchLike = async (url, init) => {
    const { pathname } = new URL(url);
    if (isUpdate(url, init)) {
      rec.updateRequests++;
      return new Response('{"error":"client placement: no server runs callbacks"}', { status: 503, headers: { 'content-type': 'application/json' } });
    }
    if (pathname === '/_dashwright/spec') return new Response(spec, { headers: { 'content-type': 'application/json' } });
    if (pathname === '/client-callbacks.js') return new Response(bundle, { headers: { 'content-type': 'text/javascript' } });
    return new Response('{"error":"not found"}', { status: 404 });
  };
  const runtime = runtimeWith(rec, CLIENT_BASE, fetchFn);
  return harness('client', runtime, rec, async () => {});
}

function harness(placement: Placement, runtime: AppRuntime, rec: Recorder, cleanup: () => Promise<void>): Harness {
  return {
    placement,
    runtime,
    records: rec.records,
    responses: rec.responses,
    get updateRequests() {
      return rec.updateRequests;
    },
    logged: rec.logged,
    async close() {
      await runtime.idle();
      runtime.dispose();
      await cleanup();
    },
  };
}
