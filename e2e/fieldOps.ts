// The examples/field-ops app for browser tests and screenshots: a local analytics collector
// (node:http, CORS) and the app exported with its analytics endpoint pointed at it.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exportProject } from '../export/exportApp';
import { freePort, ROOT, startExported, tempDir, type Running } from './support';

export interface CollectedEvent {
  event: string;
  properties: Record<string, unknown>;
}

export interface Collector {
  url: string;
  events: CollectedEvent[];
  /** Requests seen, preflights included, as "METHOD content-type". */
  requests: string[];
  close(): Promise<void>;
}

/** An analytics endpoint as a team would run one: takes POSTed JSON arrays of events from any origin. */
export async function startCollector(): Promise<Collector> {
  const events: CollectedEvent[] = [];
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.headers['content-type'] ?? ''}`);
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        events.push(...(JSON.parse(Buffer.concat(chunks).toString('utf8')) as CollectedEvent[]));
        res.writeHead(204).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/events`,
    events,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Manifest {
  theme?: { mode?: string };
  components: { id: string; props: Record<string, unknown> }[];
}

/** examples/field-ops exported and running, its analytics sending to `endpoint`. */
export async function startFieldOps(endpoint: string, options: { theme?: 'light' | 'dark' } = {}): Promise<Running> {
  const project = join(tempDir('field-ops'), 'field-ops');
  cpSync(join(ROOT, 'examples', 'field-ops'), project, { recursive: true });
  const manifestPath = join(project, 'dashwright.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  manifest.components.find((c) => c.id === 'usage')!.props.endpoint = endpoint;
  if (options.theme) manifest.theme = { ...manifest.theme, mode: options.theme };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const dir = join(tempDir('field-ops-app'), 'app');
  await exportProject({ projectDir: project, outDir: dir });
  return startExported(dir, freePort());
}
