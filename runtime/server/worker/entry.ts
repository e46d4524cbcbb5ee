/**
 * Entry of a callback worker thread. It loads a revision's compiled callback modules once
 * (from data: URLs, so no file is read per request) and runs invocations one at a time, in the
 * order they arrive (the pool may post one before the previous ended); the pool enforces time
 * limits by terminating the thread.
 */
import { parentPort } from 'node:worker_threads';
import { callCallback, errorOutcome, type CallbackFunction } from './call';
import { DataFolder } from './data';
import { sourceUrlOf, type FromWorker, type InvokeMessage, type InvokeOutcome, type LoadMessage, type ToWorker } from './protocol';
import { StackMapper } from './stack';

interface LoadedRevision {
  callbacks: Map<string, CallbackFunction | { error: string; stack?: string }>;
  data: DataFolder;
  mapper: StackMapper;
}

/** In-flight requests may still use the previous revision after a hot swap. */
const KEEP_REVISIONS = 2;
const revisions = new Map<string, LoadedRevision>();
/** One per data folder, kept across revisions so an edit does not drop parsed files. */
const dataFolders = new Map<string, DataFolder>();
const port = parentPort;
if (!port) throw new Error('runtime/server/worker/entry must run in a worker thread');

function send(msg: FromWorker): void {
  port!.postMessage(msg);
}

process.on('uncaughtException', (err) => send({ type: 'log', line: `uncaught error in a callback's background work: ${err.stack ?? err.message}` }));
process.on('unhandledRejection', (reason) => send({ type: 'log', line: `unhandled rejection in a callback's background work: ${String(reason)}` }));

async function load(msg: LoadMessage): Promise<void> {
  const maps = new Map(Object.entries(msg.modules).map(([id, m]) => [id, m.map]));
  const mapper = new StackMapper(maps);
  const callbacks: LoadedRevision['callbacks'] = new Map();
  for (const [id, module] of Object.entries(msg.modules)) {
    const broken = msg.broken[id];
    if (broken !== undefined) {
      callbacks.set(id, { error: broken });
      continue;
    }
    send({ type: 'loading', revision: msg.revision, callback: id });
    const source = `${module.code}\n//# sourceURL=${sourceUrlOf(id)}\n`;
    try {
      const ns = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { default?: unknown };
      if (typeof ns.default === 'function') callbacks.set(id, ns.default as CallbackFunction);
      else callbacks.set(id, { error: `callbacks/${id}.ts must export a function as its default export` });
    } catch (err) {
      const outcome = errorOutcome(err, (stack) => mapper.mapStack(stack));
      const error = outcome.kind === 'error' ? `loading callbacks/${id}.ts failed: ${outcome.message}` : `loading callbacks/${id}.ts failed`;
      callbacks.set(id, outcome.kind === 'error' && outcome.stack ? { error, stack: outcome.stack } : { error });
    }
  }
  const dataKey = msg.dataDir ?? '';
  let data = dataFolders.get(dataKey);
  if (!data) {
    data = new DataFolder(msg.dataDir);
    dataFolders.set(dataKey, data);
  }
  revisions.set(msg.revision, { callbacks, data, mapper });
  while (revisions.size > KEEP_REVISIONS) revisions.delete(revisions.keys().next().value as string);
  send({ type: 'loaded', revision: msg.revision });
}

async function invoke(msg: InvokeMessage): Promise<InvokeOutcome> {
  const revision = revisions.get(msg.revision);
  const entry = revision?.callbacks.get(msg.callback);
  if (!revision || entry === undefined) {
    const why = revision ? `callback "${msg.callback}" has no compiled module (see the problems list)` : 'the app was reloaded while this request ran; retry';
    return { kind: 'error', message: why };
  }
  if (typeof entry !== 'function') return entry.stack ? { kind: 'error', message: entry.error, stack: entry.stack } : { kind: 'error', message: entry.error };
  const onProgress = (fraction: number, message?: string): void =>
    send(message === undefined ? { type: 'progress', seq: msg.seq, fraction } : { type: 'progress', seq: msg.seq, fraction, message });
  return callCallback(entry, msg, revision.data.api(), (stack) => revision.mapper.mapStack(stack), onProgress);
}

const waiting: InvokeMessage[] = [];
let running = false;

async function runWaiting(): Promise<void> {
  running = true;
  for (let msg = waiting.shift(); msg; msg = waiting.shift()) {
    const { seq } = msg;
    const outcome = await invoke(msg).catch((err: unknown): InvokeOutcome => ({ kind: 'error', message: `internal worker error: ${(err as Error).message ?? String(err)}` }));
    try {
      send({ type: 'result', seq, outcome });
    } catch (err) {
      send({ type: 'result', seq, outcome: { kind: 'error', message: `the result could not be sent: ${(err as Error).message}` } });
    }
  }
  running = false;
}

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'load') {
    load(msg).catch((err: unknown) => send({ type: 'log', line: `loading revision ${msg.revision} failed: ${(err as Error).stack ?? String(err)}` }));
    return;
  }
  if (msg.type === 'invokes') waiting.push(...msg.calls);
  else waiting.push(msg);
  if (!running) void runWaiting();
});

send({ type: 'ready' });
