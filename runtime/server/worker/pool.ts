/**
 * A fixed-size pool of callback worker threads, started once with the server.
 *
 * Worker script: see script.ts. From TypeScript source (tests, tsx) the entry is bundled in
 * memory with esbuild at start; a bundled server finds `worker.mjs` beside itself or is told
 * with `workerUrl`.
 *
 * Each worker loads a revision's modules once (`load`) and runs one invocation at a time, so
 * a time limit can be enforced by terminating the thread, which V8 stops even inside
 * `while (true) {}`. A replacement worker is started and loaded with the current revision.
 *
 * When every worker is busy, a short call is posted to a busy worker ahead of time (at most
 * PIPELINE_DEPTH - 1 waiting per worker): the worker starts it the moment the previous one ends
 * instead of idling for a round trip to the main thread. That round trip, not the callback, is
 * what limits requests per second for cheap callbacks. A waiting call that never started (its
 * worker was stopped) goes back to the head of the queue.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_CALLBACK_MEMORY_MB, patternFields, type Invocation, type Job, type LoadSpec, type Slot, type WorkerPoolOptions } from './invocation';
import type { FromWorker, InvokeOutcome, LoadMessage } from './protocol';
import { resolveWorkerUrl } from './script';

export { DEFAULT_CALLBACK_MEMORY_MB, type Invocation, type LoadSpec, type WorkerPoolOptions } from './invocation';

/** A worker that has loaded this many revisions is replaced, freeing their module records. */
const RECYCLE_AFTER_LOADS = 40;
const KEEP_REVISIONS = 2;
/** Calls a worker holds at once: the running one plus those waiting behind it. */
const PIPELINE_DEPTH = 8;
/** Nothing is posted behind a call running longer than this: it may be a slow one, and another worker may free up first. */
const PIPELINE_MAX_AGE_MS = 20;

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private spec: LoadMessage | undefined;
  private loadWaiters: Array<{ revision: string; resolve: () => void }> = [];
  private seq = 0;
  private flushScheduled = false;
  private closed = false;

  private constructor(
    private readonly url: URL,
    readonly size: number,
    private readonly log: (line: string) => void,
    private readonly loadTimeoutMs: number,
    private readonly memoryMb: number,
  ) {}

  static async start(options: WorkerPoolOptions = {}): Promise<WorkerPool> {
    const size = Math.max(1, Math.floor(options.size ?? os.availableParallelism()));
    const url = await resolveWorkerUrl(options.workerUrl);
    const memoryMb = options.memoryMb ?? DEFAULT_CALLBACK_MEMORY_MB;
    if (!(Number.isFinite(memoryMb) && memoryMb >= 16)) throw new Error(`the callback memory limit must be at least 16 MB, not ${memoryMb}`);
    const pool = new WorkerPool(url, size, options.log ?? (() => {}), options.loadTimeoutMs ?? 5000, memoryMb);
    const started = await Promise.allSettled(Array.from({ length: size }, () => pool.spawn()));
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      await pool.close();
      throw new Error(`could not start the callback workers: ${(failed.reason as Error).message}`);
    }
    return pool;
  }

  /**
   * Load a revision into every worker. Resolves once one worker holds it and every worker not
   * busy with a callback does, so a hot swap never waits for a long-running callback; busy
   * workers load it when they finish.
   */
  load(spec: LoadSpec): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const msg: LoadMessage = { type: 'load', revision: spec.revision, modules: spec.modules, broken: {} };
    if (spec.dataDir !== undefined) msg.dataDir = spec.dataDir;
    this.spec = msg;
    const done = new Promise<void>((resolve) => this.loadWaiters.push({ revision: spec.revision, resolve }));
    for (const slot of this.slots) if (slot.state === 'idle') this.sendLoad(slot);
    this.checkLoadWaiters();
    return done;
  }

  /** Run one callback; never rejects: failures are error outcomes. */
  invoke(inv: Invocation): Promise<InvokeOutcome> {
    if (this.closed) return Promise.resolve({ kind: 'error', message: 'the server is shutting down' });
    const { signal } = inv;
    if (signal?.aborted) return Promise.resolve(cancelled(inv));
    return new Promise((resolve) => {
      const onAbort = (): void => this.abort(job);
      const job: Job = {
        inv,
        resolve: (outcome) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(outcome);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** An aborted call: dropped from the queue, or its worker terminated and replaced. */
  private abort(job: Job): void {
    // Calls with a signal are never posted ahead (see pump), so an aborted one is queued here or running.
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    for (const slot of this.slots) {
      if (slot.running?.job !== job) continue;
      this.log(`callback "${job.inv.callback}" was cancelled; stopping its worker`);
      this.replace(slot);
      break;
    }
    job.resolve(cancelled(job.inv));
  }

  /** Calls waiting for a worker: queued here, or posted behind a running call. */
  get queueDepth(): number {
    let depth = this.queue.length;
    for (const slot of this.slots) depth += slot.queued.length;
    return depth;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'error', message: 'the server is shutting down' });
    const exits: Promise<number>[] = [];
    for (const slot of [...this.slots]) {
      if (slot.running) slot.running.job.resolve({ kind: 'error', message: 'the server is shutting down' });
      for (const waiting of slot.queued.splice(0)) waiting.job.resolve({ kind: 'error', message: 'the server is shutting down' });
      exits.push(this.drop(slot));
    }
    for (const waiter of this.loadWaiters.splice(0)) waiter.resolve();
    await Promise.allSettled(exits);
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.url, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
      const slot: Slot = { worker, state: 'starting', revisions: [], loads: 0, queued: [], outbox: [] };
      this.slots.add(slot);
      worker.on('message', (msg: FromWorker) => {
        if (msg.type === 'ready') {
          resolve();
          this.afterWork(slot);
        } else this.onMessage(slot, msg);
      });
      worker.on('error', (err) => {
        if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          slot.outOfMemory = true;
          return; // reported by the exit handler, which knows what ran
        }
        this.log(`callback worker error: ${err.stack ?? err.message}`);
        if (slot.state === 'starting') reject(err);
      });
      worker.on('exit', (code) => {
        if (slot.state === 'starting') {
          // The spawn() caller decides what to do (fail the start, or retry a replacement).
          this.slots.delete(slot);
          reject(new Error(`the worker exited while starting (code ${code})`));
          return;
        }
        if (!this.slots.has(slot)) return;
        this.onExit(slot, code);
      });
    });
  }

  /** A worker exited on its own: crashed, exited or ran out of memory. Its call fails; a replacement starts. */
  private onExit(slot: Slot, code: number): void {
    const running = slot.running;
    const loadingCallback = slot.state === 'loading' ? slot.loading?.callback : undefined;
    const limit = `ran out of memory (limit ${this.memoryMb} MB)`;
    if (slot.outOfMemory) {
      this.log(`callback worker ${limit}${running ? ` running "${running.job.inv.callback}"` : loadingCallback ? ` loading callbacks/${loadingCallback}.ts` : ''}; starting a replacement`);
      if (running) running.job.resolve({ kind: 'error', message: `callback "${running.job.inv.callback}" ${limit} and was stopped`, reason: 'memory' });
    } else {
      this.log(`callback worker exited unexpectedly (code ${code})${running ? ` while running "${running.job.inv.callback}"` : ''}; starting a replacement`);
      if (running) running.job.resolve({ kind: 'error', message: `the worker running "${running.job.inv.callback}" stopped unexpectedly (exit code ${code})` });
    }
    // A module whose top-level code kills its worker is not loaded again (or it would kill every replacement).
    const spec = this.spec;
    if (loadingCallback !== undefined && spec && spec.revision === slot.loading?.revision) {
      spec.broken[loadingCallback] = slot.outOfMemory
        ? `the top-level code of callbacks/${loadingCallback}.ts ${limit}, so the module was not loaded`
        : `the top-level code of callbacks/${loadingCallback}.ts stopped its worker (exit code ${code}), so the module was not loaded`;
    }
    slot.running = undefined;
    this.replace(slot);
  }

  private onMessage(slot: Slot, msg: FromWorker): void {
    if (msg.type === 'log') this.log(msg.line);
    else if (msg.type === 'loading') {
      if (slot.loading?.revision !== msg.revision) return;
      slot.loading.callback = msg.callback;
      this.armLoadTimer(slot);
    } else if (msg.type === 'loaded') {
      clearTimeout(slot.loading?.timer);
      slot.loading = undefined;
      slot.loads += 1;
      slot.revisions = [...slot.revisions.filter((r) => r !== msg.revision), msg.revision].slice(-KEEP_REVISIONS);
      this.afterWork(slot);
    } else if (msg.type === 'progress') {
      if (slot.running?.seq === msg.seq) slot.running.job.inv.onProgress?.(msg.fraction, msg.message);
    } else if (msg.type === 'result') {
      this.complete(slot, msg.seq, msg.outcome);
    }
  }

  /** The call `seq` of this worker ended (or could not be posted): resolve it and start the clock of the next. */
  private complete(slot: Slot, seq: number, outcome: InvokeOutcome): void {
    const running = slot.running;
    if (!running || running.seq !== seq) {
      const waiting = slot.queued.findIndex((q) => q.seq === seq);
      if (waiting >= 0) slot.queued.splice(waiting, 1)[0].job.resolve(outcome);
      return;
    }
    clearTimeout(running.timer);
    slot.running = undefined;
    running.job.resolve(outcome);
    const next = slot.queued.shift();
    if (next) {
      // The worker has started it by now: its time limit counts from here.
      slot.running = { ...next, startedAt: performance.now(), timer: this.limitTimer(slot, next.seq, next.job) };
      this.pump();
    } else this.afterWork(slot);
  }

  /** A worker finished starting, loading or running: give it the next thing to do. */
  private afterWork(slot: Slot): void {
    if (this.closed || !this.slots.has(slot)) return;
    if (slot.loads >= RECYCLE_AFTER_LOADS) {
      this.replace(slot);
      return;
    }
    if (this.spec && !slot.revisions.includes(this.spec.revision)) {
      this.sendLoad(slot);
      return;
    }
    slot.state = 'idle';
    this.checkLoadWaiters();
    this.pump();
  }

  private sendLoad(slot: Slot): void {
    const spec = this.spec!;
    slot.state = 'loading';
    slot.loading = { revision: spec.revision };
    this.armLoadTimer(slot);
    slot.worker.postMessage(spec);
  }

  /** Restarted on each module: a module whose top-level code hangs is named and skipped. */
  private armLoadTimer(slot: Slot): void {
    const loading = slot.loading!;
    clearTimeout(loading.timer);
    loading.timer = setTimeout(() => {
      const spec = this.spec;
      if (spec && spec.revision === loading.revision && loading.callback !== undefined) {
        spec.broken[loading.callback] = `the top-level code of callbacks/${loading.callback}.ts ran longer than ${this.loadTimeoutMs} ms, so the module was not loaded`;
      }
      this.log(`loading revision ${loading.revision} timed out${loading.callback ? ` in callbacks/${loading.callback}.ts` : ''}; restarting the worker`);
      this.replace(slot);
    }, this.loadTimeoutMs);
  }

  private pump(): void {
    for (let i = 0; i < this.queue.length; ) {
      const job = this.queue[i];
      const { revision } = job.inv;
      const slot = this.idleSlotWith(revision) ?? this.pipelineSlotFor(job);
      if (slot) {
        this.queue.splice(i, 1);
        this.dispatch(slot, job);
      } else if (this.spec?.revision !== revision && !this.anySlotHas(revision)) {
        this.queue.splice(i, 1);
        job.resolve({ kind: 'error', message: 'the app was reloaded while this request ran; retry' });
      } else i++;
    }
  }

  private idleSlotWith(revision: string): Slot | undefined {
    for (const slot of this.slots) if (slot.state === 'idle' && slot.revisions.includes(revision)) return slot;
    return undefined;
  }

  /** A busy worker that can take `job` next, the one with the fewest waiting; none for long or cancellable calls. */
  private pipelineSlotFor(job: Job): Slot | undefined {
    if (job.inv.signal || job.inv.onProgress) return undefined;
    const now = performance.now();
    let best: Slot | undefined;
    for (const slot of this.slots) {
      if (slot.state !== 'busy' || !slot.running || slot.queued.length >= PIPELINE_DEPTH - 1) continue;
      if (now - slot.running.startedAt > PIPELINE_MAX_AGE_MS || !slot.revisions.includes(job.inv.revision)) continue;
      // A worker due to load a new revision gets nothing more of the old one.
      if (this.spec && !slot.revisions.includes(this.spec.revision)) continue;
      if (!best || slot.queued.length < best.queued.length) best = slot;
    }
    return best;
  }

  private anySlotHas(revision: string): boolean {
    for (const slot of this.slots) if (slot.revisions.includes(revision)) return true;
    return false;
  }

  private dispatch(slot: Slot, job: Job): void {
    const { inv } = job;
    const seq = ++this.seq;
    if (slot.state === 'busy') slot.queued.push({ seq, job });
    else slot.running = { seq, job, startedAt: performance.now(), timer: this.limitTimer(slot, seq, job) };
    slot.state = 'busy';
    slot.outbox.push({ type: 'invoke', seq, revision: inv.revision, callback: inv.callback, args: inv.args, triggered: inv.triggered, outputs: inv.outputs, progress: inv.onProgress !== undefined, ...patternFields(inv) });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // Calls dispatched while this turn reads requests go to each worker as one message.
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    for (const slot of this.slots) {
      if (slot.outbox.length === 0) continue;
      const calls = slot.outbox.splice(0);
      try {
        slot.worker.postMessage(calls.length === 1 ? calls[0] : { type: 'invokes', calls });
      } catch {
        // Something in one call cannot be cloned: post them one by one to find it.
        for (const call of calls) {
          try {
            slot.worker.postMessage(call);
          } catch (err) {
            this.complete(slot, call.seq, { kind: 'error', message: `the arguments could not be sent to the worker: ${(err as Error).message}` });
          }
        }
      }
    }
  }

  /** Stops the worker when the call `seq` runs past its limit; calls waiting behind it are requeued. */
  private limitTimer(slot: Slot, seq: number, job: Job): NodeJS.Timeout {
    const { inv } = job;
    return setTimeout(() => {
      if (slot.running?.seq !== seq) return;
      slot.running = undefined;
      this.log(`callback "${inv.callback}" ran past its ${inv.timeoutMs} ms limit; stopping its worker`);
      job.resolve({ kind: 'error', message: `callback "${inv.callback}" ran longer than its ${inv.timeoutMs} ms time limit and was stopped`, reason: 'timeout' });
      this.replace(slot);
    }, inv.timeoutMs);
  }

  private replace(slot: Slot): void {
    const waiting = slot.queued.splice(0);
    void this.drop(slot);
    if (!this.closed) this.spawnReplacement();
    if (waiting.length > 0) {
      this.queue.unshift(...waiting.map((w) => w.job));
      this.pump();
    }
  }

  private drop(slot: Slot): Promise<number> {
    this.slots.delete(slot);
    slot.outbox.length = 0;
    clearTimeout(slot.loading?.timer);
    clearTimeout(slot.running?.timer);
    return slot.worker.terminate().catch(() => 0);
  }

  private spawnReplacement(): void {
    this.spawn().catch((err: unknown) => {
      if (this.closed) return;
      this.log(`could not start a replacement callback worker: ${(err as Error).message}; retrying in 1 s`);
      setTimeout(() => {
        if (!this.closed) this.spawnReplacement();
      }, 1000).unref();
    });
  }

  private checkLoadWaiters(): void {
    this.loadWaiters = this.loadWaiters.filter((waiter) => {
      const superseded = this.spec?.revision !== waiter.revision;
      const slots = [...this.slots];
      const ready = slots.some((s) => s.revisions.includes(waiter.revision)) && slots.every((s) => s.state === 'busy' || s.revisions.includes(waiter.revision));
      if (superseded || ready) waiter.resolve();
      return !(superseded || ready);
    });
  }
}

function cancelled(inv: Invocation): InvokeOutcome {
  return { kind: 'error', message: `callback "${inv.callback}" was cancelled` };
}
