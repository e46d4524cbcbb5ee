/**
 * The process a callback worker starts on its first ctx.data.parquet or ctx.data.sql call
 * (`sql.mjs` in an exported app): it holds the worker's DuckDB, confined to the data folder
 * (argv[2]). DuckDB runs in its own process because a worker thread is stopped by terminating
 * it (a time limit, a cancel), which DuckDB's native binding does not survive while a query
 * runs; a process can be stopped at any moment. It exits when its worker stops pinging it
 * (the worker was stopped: its query stops with it) or when the channel closes.
 */
import { openConfined, runSelect, readParquet, type Confined } from '../duckdb';
import { HEARTBEAT_LOST_MS, type SqlReply, type SqlRequest } from './sqlProtocol';

const dataDir = process.argv[2];
let db: Promise<Confined> | undefined;
let lastPing = Date.now();

const send = (reply: SqlReply): void => {
  process.send?.(reply);
};

async function handle(msg: SqlRequest & { type: 'parquet' | 'sql' }): Promise<void> {
  try {
    if (!dataDir) throw new Error('no data folder');
    db ??= openConfined(dataDir);
    const conn = await db;
    const rows = msg.type === 'parquet' ? await readParquet(conn, msg.file) : await runSelect(conn, msg.query, msg.params);
    send({ id: msg.id, rows });
  } catch (err) {
    send({ id: msg.id, error: (err as Error).message ?? String(err) });
  }
}

process.on('message', (msg: SqlRequest) => {
  lastPing = Date.now();
  if (msg.type === 'ping') return;
  void handle(msg);
});
/**
 * Ends this process at once. Not process.exit(): its exit handlers wait for DuckDB's threads,
 * that is for the query the stopped worker left running.
 */
function stop(): void {
  process.kill(process.pid, 'SIGKILL');
}

process.on('disconnect', stop);
setInterval(() => {
  if (Date.now() - lastPing > HEARTBEAT_LOST_MS) stop();
}, 250);
send({ ready: true });
