/**
 * A callback worker's side of its DuckDB process (sqlProcess.ts): started on the first
 * ctx.data.parquet or ctx.data.sql call, pinged while it lives, started again after it exits.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { SQL_MEMORY_MB, type SqlParams } from '../duckdb';
import { HEARTBEAT_MS, type SqlReply, type SqlRequest } from './sqlProtocol';

const ENV = 'DASHWRIGHT_SQL_PROCESS';

/**
 * The DuckDB process's script beside a module: the TypeScript source (from source: tests, the
 * editor in dev) or `sql.mjs` (an exported app, the built editor; shared code may sit in chunks/).
 */
function scriptBeside(moduleUrl: string | undefined): string | undefined {
  if (!moduleUrl?.startsWith('file:')) return undefined;
  const dir = path.dirname(fileURLToPath(moduleUrl));
  return [path.join(dir, 'sqlProcess.ts'), path.join(dir, 'sql.mjs'), path.join(dir, '..', 'sql.mjs')].find((f) => existsSync(f));
}

// A worker started from a data: URL (from source) cannot see where it came from: the main
// thread, which loads this module from its file, tells it (workers inherit the environment).
// The value names this process, so a child process (an app server started from here) ignores it.
if (isMainThread) {
  const found = scriptBeside(import.meta.url);
  if (found) process.env[ENV] = `${process.pid}:${found}`;
}

function scriptFromMainThread(): string | undefined {
  const value = process.env[ENV] ?? '';
  const colon = value.indexOf(':');
  return colon > 0 && value.slice(0, colon) === String(process.pid) ? value.slice(colon + 1) : undefined;
}

function scriptPath(): string {
  const found = scriptFromMainThread() ?? scriptBeside(import.meta.url);
  if (!found) throw new Error('Parquet needs @duckdb/node-api: the SQL helper (sql.mjs beside server.mjs) is missing');
  return found;
}

interface Pending {
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (err: Error) => void;
}

export class SqlClient {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly dataDir: string) {}

  parquet(file: string): Promise<Record<string, unknown>[]> {
    return this.request({ type: 'parquet', id: ++this.seq, file });
  }

  sql(query: string, params?: SqlParams): Promise<Record<string, unknown>[]> {
    return this.request(params === undefined ? { type: 'sql', id: ++this.seq, query } : { type: 'sql', id: ++this.seq, query, params });
  }

  private request(msg: SqlRequest & { id: number }): Promise<Record<string, unknown>[]> {
    let child: ChildProcess;
    try {
      child = this.start();
    } catch (err) {
      return Promise.reject(err as Error);
    }
    return new Promise((resolve, reject) => {
      this.pending.set(msg.id, { resolve, reject });
      this.hold(true);
      this.ready!.then(
        () => {
          if (!this.pending.has(msg.id)) return;
          try {
            child.send(msg);
          } catch (err) {
            this.settle(msg.id)?.reject(new Error(`the query could not be sent: ${(err as Error).message}`));
          }
        },
        () => undefined, // `gone` rejected every pending request
      );
    });
  }

  private settle(id: number): Pending | undefined {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    this.hold(this.pending.size > 0);
    return waiting;
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const script = scriptPath();
    // The packaged editor turns Electron's runAsNode off, so its binary cannot run the script as Node
    // (it would start a second editor): say so instead. The editor from source, `dashwright serve` and exports run it.
    if (process.versions.electron && /\.asar[\\/]/.test(script)) {
      throw new Error('Parquet needs @duckdb/node-api in a Node.js process, which the packaged editor cannot start: preview this app with `dashwright serve` or export it');
    }
    const execArgv = [`--max-old-space-size=${SQL_MEMORY_MB}`];
    if (script.endsWith('.ts')) execArgv.push('--import', pathToFileURL(createRequire(script).resolve('tsx')).href);
    const child = fork(script, [this.dataDir], {
      execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // Under Electron, process.execPath is the editor: run it as Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    this.child = child;
    let started: () => void = () => undefined;
    let failed: (err: Error) => void = () => undefined;
    this.ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });
    this.ready.catch(() => undefined);
    child.on('message', (reply: SqlReply) => {
      if ('ready' in reply) return started();
      const waiting = this.settle(reply.id);
      if (!waiting) return;
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.rows);
    });
    const gone = (why: string): void => {
      if (this.child !== child) return;
      this.child = undefined;
      clearInterval(this.heartbeat);
      const err = new Error(`the SQL process stopped (${why})`);
      failed(err);
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
    };
    child.on('error', (err) => gone(err.message));
    // It kills itself when it hears nothing from this thread for 2 s (a callback kept the thread busy); the system kills it when out of memory.
    child.on('exit', (code, signal) => gone(signal === 'SIGKILL' ? 'killed: out of memory, or this thread was busy for over 2 s' : signal === 'SIGABRT' ? 'it ran out of memory converting the result' : signal ? `signal ${signal}` : `exit code ${code}`));
    this.heartbeat = setInterval(() => {
      if (child.connected) child.send({ type: 'ping' } satisfies SqlRequest, () => undefined);
    }, HEARTBEAT_MS);
    return child;
  }

  /** While a query is waiting the process keeps this thread alive; otherwise it does not. */
  private hold(busy: boolean): void {
    const child = this.child;
    if (!child) return;
    const handle = child as ChildProcess & { channel?: { ref(): void; unref(): void } };
    if (busy) {
      child.ref();
      handle.channel?.ref();
      this.heartbeat?.ref();
    } else {
      child.unref();
      handle.channel?.unref();
      this.heartbeat?.unref();
    }
  }

  close(): void {
    this.child?.kill();
  }
}
