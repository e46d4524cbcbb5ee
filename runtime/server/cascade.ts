import { performance } from 'node:perf_hooks';
import { planCascade, planInitial, triggerOf, writersOf, type CallbackNode } from '../graph';
import { propKey, type Binding } from '../schema/project';
import { argBindings, assembleArgs, outputNames, outputTargets, updatesOf } from '../graph/callArgs';
import { patternCallOf } from '../graph/patterns';
import type { BackgroundJobRef, CacheOutcome, CallbackError, UpdatePartial, UpdateRequest, UpdateResponse } from '../contracts/wire';
import type { CallbackCache, SharedCacheStore } from './callbackCache';
import type { JobRequest, JobStart } from './jobs';
import type { LoadedApp } from './loadedApp';
import { argsHash } from './valueCache';
import { mergeUpdate } from '../contracts/patch';
import { cacheEntryOf, outcomeOfCacheEntry, resolveWrite, writesOf } from './outputWrites';
import type { Invocation } from './worker/pool';
import { handleServerError } from './errorHandling';
import { jobErrorHandler, wasHandled } from './jobErrorHandler';
import type { InvokeOutcome } from './worker/protocol';

/** Time limit of a background callback without its own timeoutMs, unless the server sets another. */
export const DEFAULT_BACKGROUND_TIMEOUT_MS = 10 * 60_000;

export interface CascadeOptions {
  /** Runs one callback (the worker pool); must not reject. */
  invoke: (inv: Invocation) => Promise<InvokeOutcome>;
  /** Time limit of a callback without its own timeoutMs. */
  defaultTimeoutMs: number;
  /** Time limit of a background callback without its own timeoutMs; default 10 minutes. */
  backgroundTimeoutMs?: number;
  /** Results of callbacks with `cache`, and the run counters of every callback. Without it `cache` is ignored. */
  cache?: CallbackCache;
  /** Starts a background callback as a job. Without it, background callbacks run within the request. */
  startJob?: (request: JobRequest) => JobStart | Promise<JobStart>;
  /** Told as each planned callback settles (what it changed, or its error), before the cascade ends. */
  onSettled?: (partial: UpdatePartial) => void;
  /** Named values memoized across instances too (REDIS_URL): consulted when this instance has none. */
  sharedValues?: SharedCacheStore;
  /** Told of every callback run (not cache hits or jobs), with its duration: /metrics. */
  onRun?: (callback: string, ms: number, outcome: InvokeOutcome) => void;
}

/** Plans kept per app (request shapes: which props changed, which callbacks asked for). */
const PLAN_CACHE_SIZE = 512;

/** How long a named value stays in the shared store. */
const SHARED_VALUE_TTL_MS = 10 * 60_000;

/**
 * Runs one update request (DESIGN §4) against a validated request:
 * - plans with planCascade (or planInitial), restricted to `request.callbacks` when given;
 * - runs server callbacks only. Without `callbacks`, a server callback downstream of a client
 *   callback in the plan is left for the browser to request after it ran that client callback;
 * - a planned callback runs once its upstream callbacks in the plan have settled, and only if
 *   one of its inputs changed (in `changed` or written earlier in this cascade), or, on an
 *   initial load, as triggerOf says: so a failed, prevented or noUpdate upstream does not set
 *   it off, as in Dash. Independent callbacks run in parallel on the pool;
 * - an argument comes from `values`, else from this cascade, else (for a named value nobody
 *   computed) from running its producer on demand, else from the manifest's prop value. A
 *   callback whose argument's producer failed in this cascade, and which was not sent, does
 *   not run;
 * - a callback with `cache` answers from its cache when it can (listed in `ran` and `cache`);
 * - a background callback is started as a job (listed in `background`): its outputs come from
 *   the job, so nothing downstream of them runs in this cascade.
 */
export function runCascade(app: LoadedApp, request: UpdateRequest, options: CascadeOptions): Promise<UpdateResponse> {
  return new CascadeRun(app, request, options).run();
}

type Read = { ok: true; value: unknown } | { ok: false };

class CascadeRun {
  private readonly values: Map<string, unknown>;
  private readonly fresh: Set<string>;
  private readonly failed = new Set<string>();
  private readonly updates: Record<string, unknown> = {};
  private readonly ran: string[] = [];
  private readonly errors: CallbackError[] = [];
  private readonly timings: Record<string, number> = {};
  private readonly background: BackgroundJobRef[] = [];
  private readonly cacheOutcomes: Record<string, CacheOutcome> = {};
  /** Keys of `updates` set with ctx.setProps. */
  private readonly setPropsKeys = new Set<string>();
  private readonly planned = new Map<string, Promise<void>>();
  private readonly onDemand = new Map<string, Promise<boolean>>();
  private planSet = new Set<string>();
  /** On an initial load, every callback of it (not only the server's): see triggerOf. */
  private initialPlan: Set<string> | undefined;

  constructor(
    private readonly app: LoadedApp,
    private readonly request: UpdateRequest,
    private readonly options: CascadeOptions,
  ) {
    this.values = new Map(Object.entries(request.values));
    this.fresh = new Set(request.changed);
  }

  async run(): Promise<UpdateResponse> {
    const plan = this.serverPlan();
    this.planSet = new Set(plan);
    if (this.request.initial === true) this.initialPlan = new Set(planInitial(this.app.graph));
    await Promise.all(plan.map((id) => this.runPlanned(id)));
    const byOrder = (a: string, b: string): number => (this.app.orderIndex.get(a) ?? 0) - (this.app.orderIndex.get(b) ?? 0);
    const response: UpdateResponse = {
      updates: this.updates,
      ran: [...this.ran].sort(byOrder),
      errors: [...this.errors].sort((a, b) => byOrder(a.callback, b.callback)),
      timings: this.timings,
    };
    if (this.background.length > 0) response.background = [...this.background].sort((a, b) => byOrder(a.callback, b.callback));
    if (Object.keys(this.cacheOutcomes).length > 0) response.cache = this.cacheOutcomes;
    if (this.setPropsKeys.size > 0) response.setProps = [...this.setPropsKeys];
    return response;
  }

  /** The plan depends only on the request's shape: it is made once per shape and kept (bounded) in the app. */
  private serverPlan(): string[] {
    const { changed, callbacks, initial } = this.request;
    const key = `${initial === true ? 'i' : 'c'}\u0001${callbacks ? callbacks.join('\u0000') : '*'}\u0001${changed.join('\u0000')}`;
    const cache = this.app.planCache;
    let plan = cache.get(key);
    if (!plan) {
      plan = this.makeServerPlan();
      if (cache.size >= PLAN_CACHE_SIZE) cache.clear();
      cache.set(key, plan);
    }
    return plan;
  }

  private makeServerPlan(): string[] {
    const { graph } = this.app;
    const only = this.request.callbacks ? new Set(this.request.callbacks) : undefined;
    let plan = this.request.initial ? planInitial(graph) : planCascade(graph, this.request.changed);
    if (only) plan = plan.filter((id) => only.has(id));
    const leftToBrowser = new Set<string>();
    const server: string[] = [];
    for (const id of plan) {
      const node = this.node(id);
      const afterClient = node.inputs.some((key) => leftToBrowser.has(key));
      if (node.spec.placement === 'client' || afterClient) {
        if (!only) for (const key of node.outputs) leftToBrowser.add(key);
        continue;
      }
      server.push(id);
    }
    return server;
  }

  private runPlanned(id: string): Promise<void> {
    let running = this.planned.get(id);
    if (!running) {
      running = this.runPlannedOnce(this.node(id));
      this.planned.set(id, running);
    }
    return running;
  }

  private async runPlannedOnce(node: CallbackNode): Promise<void> {
    let upstream: Set<string> | undefined;
    for (const keys of [node.inputs, node.state]) {
      for (const key of keys) {
        for (const producer of writersOf(this.app.graph, key)) if (this.planSet.has(producer) && this.before(producer, node)) (upstream ??= new Set()).add(producer);
      }
    }
    if (upstream) await Promise.all([...upstream].map((id) => this.runPlanned(id)));
    const triggered = triggerOf(this.app.graph, node.spec.id, (key) => this.fresh.has(key), this.initialPlan);
    if (!triggered) return;
    const got = this.argsFor(node);
    const args = got instanceof Promise ? await got : got;
    if (!args) {
      this.markFailed(node);
      return;
    }
    await this.execute(node, args, triggered, true);
  }

  /** The callback's arguments; synchronous unless one is a named value computed on demand. */
  private argsFor(node: CallbackNode): Record<string, unknown> | null | Promise<Record<string, unknown> | null> {
    const bindings = argBindings(node);
    const values: unknown[] = new Array(bindings.length);
    for (let i = 0; i < bindings.length; i++) {
      const read = this.read(propKey(bindings[i]!), node);
      if (read instanceof Promise) return this.argsFrom(node, bindings, i, values, read);
      if (!read.ok) return null;
      values[i] = read.value;
    }
    return assembleArgs(node, values);
  }

  private async argsFrom(node: CallbackNode, bindings: readonly Binding[], from: number, values: unknown[], pending: Promise<Read>): Promise<Record<string, unknown> | null> {
    for (let i = from; i < bindings.length; i++) {
      const read = i === from ? await pending : await this.read(propKey(bindings[i]!), node);
      if (!read.ok) return null;
      values[i] = read.value;
    }
    return assembleArgs(node, values);
  }

  private read(key: string, reader: CallbackNode): Read | Promise<Read> {
    if (this.values.has(key)) return { ok: true, value: this.values.get(key) };
    if (this.failed.has(key)) return { ok: false };
    const producer = this.app.graph.producer.get(key);
    if (this.app.valueKeys.has(key) && producer !== undefined && this.before(producer, reader)) return this.readValue(key, reader, producer);
    return { ok: true, value: this.app.defaults.get(key) };
  }

  private async readValue(key: string, reader: CallbackNode, producer: string): Promise<Read> {
    if (this.node(producer).spec.placement === 'client') {
      this.addError(reader.spec.id, `not run: it reads "${key}", which client callback "${producer}" computes; send its current value in "values"`);
      return { ok: false };
    }
    if (!(await this.computeOnDemand(producer))) return { ok: false };
    return { ok: true, value: this.values.get(key) };
  }

  /** A named value no one sent or computed: run its producer now (once per cascade, memoized across requests). */
  private computeOnDemand(id: string): Promise<boolean> {
    let pending = this.onDemand.get(id);
    if (!pending) {
      pending = (async () => {
        const node = this.node(id);
        const args = await this.argsFor(node);
        if (!args) {
          this.markFailed(node);
          return false;
        }
        return this.execute(node, args, [], false);
      })();
      this.onDemand.set(id, pending);
    }
    return pending;
  }

  /** Runs a callback (or takes a memoized or cached result, or starts it as a job) and records its outputs; false if it produced nothing usable. */
  private async execute(node: CallbackNode, args: Record<string, unknown>, triggered: string[], planned: boolean): Promise<boolean> {
    const id = node.spec.id;
    const missing = this.app.missingModules.get(node.module);
    if (missing !== undefined) {
      this.addError(id, missing);
      this.markFailed(node);
      return false;
    }
    let outcome = await this.outcomeOf(node, args, triggered, planned);
    if (outcome === 'background') return true;
    // onError (errorHandling.ts): a handler's outcome stands in for the failure.
    if (outcome.kind === 'error') outcome = await handleServerError(this.app, this.options.invoke, node, outcome, triggered, node.spec.timeoutMs ?? this.options.defaultTimeoutMs);
    if (outcome.kind === 'error') {
      const error: CallbackError = outcome.stack !== undefined ? { callback: id, message: outcome.message, stack: outcome.stack } : { callback: id, message: outcome.message };
      this.errors.push(error);
      this.markFailed(node);
      if (planned) this.settled({ partial: true, updates: {}, ran: [id], errors: [error] });
      return false;
    }
    if (outcome.kind === 'prevented') {
      if (!planned) this.markFailed(node);
      return planned;
    }
    const changed: Record<string, unknown> = {};
    const produced = updatesOf(node, outcome.outputs);
    if (!produced.ok) {
      const error: CallbackError = { callback: id, message: produced.message };
      this.errors.push(error);
      this.markFailed(node);
      if (planned) this.settled({ partial: true, updates: {}, ran: [id], errors: [error] });
      return false;
    }
    // Outputs, then ctx.setProps (no edges: they set nothing off here; the page runs their consumers). Patches: outputWrites.ts.
    const written = writesOf(this.app, produced.updates, outcome, planned);
    for (const message of written.problems) this.addError(id, message);
    for (const [key, value] of written.writes) {
      const isValue = this.app.valueKeys.has(key);
      if (!planned && !isValue) continue;
      const write = resolveWrite(this.values, key, value, isValue, this.app.defaults);
      if (!write.ok) {
        this.addError(id, write.error);
        continue;
      }
      if (write.hold) this.values.set(key, write.held);
      if (planned && !written.setProps.has(key)) this.fresh.add(key);
      if (!isValue || this.app.clientReads.has(key)) {
        this.updates[key] = Object.hasOwn(this.updates, key) ? mergeUpdate(this.updates[key], write.send) : write.send;
        changed[key] = write.send;
        if (written.setProps.has(key)) this.setPropsKeys.add(key);
      }
    }
    if (planned) this.settled({ partial: true, updates: changed, ran: [id], errors: [] });
    return true;
  }

  private settled(partial: UpdatePartial): void {
    try {
      this.options.onSettled?.(partial);
    } catch {
      // A listener's failure (a closed connection) must not stop the cascade.
    }
  }

  /** The callback's outcome: from its cache or the value memo, from a worker, or 'background' once started as a job. */
  private async outcomeOf(node: CallbackNode, args: Record<string, unknown>, triggered: string[], planned: boolean): Promise<InvokeOutcome | 'background'> {
    const { spec } = node;
    const id = spec.id;
    const { cache, startJob } = this.options;
    const cacheKey = cache?.keyOf(this.app.revision, spec, args, this.app.readsTriggered.has(id) ? triggered : undefined);
    if (cache && cacheKey !== undefined) {
      const found = await cache.lookup(spec, cacheKey);
      this.cacheOutcomes[id] = found.outcome;
      if (found.outputs) {
        this.ran.push(id);
        this.timings[id] = 0;
        return outcomeOfCacheEntry(found.outputs);
      }
    }
    const valuesOnly = cacheKey === undefined && node.outputs.length > 0 && node.outputs.every((key) => this.app.valueKeys.has(key));
    const memoKey = valuesOnly ? argsHash(`${this.app.revision}:${id}`, args) : undefined;
    const shared = this.options.sharedValues;
    let memoized = memoKey !== undefined ? this.app.valueMemo.get(memoKey) : undefined;
    if (!memoized && memoKey !== undefined && shared) {
      memoized = (await shared.get(`value:${memoKey}`))?.outputs;
      if (memoized) this.app.valueMemo.set(memoKey, memoized);
    }
    if (memoized) return { kind: 'ok', outputs: memoized };
    const invocation: Invocation = {
      revision: this.app.revision,
      callback: node.module,
      args,
      triggered,
      outputs: outputNames(node),
      ...(node.module !== id || this.app.patterns.size > 0 ? patternCallOf(node, triggered, this.app.patterns) : {}),
      timeoutMs: spec.timeoutMs ?? (spec.background ? (this.options.backgroundTimeoutMs ?? DEFAULT_BACKGROUND_TIMEOUT_MS) : this.options.defaultTimeoutMs),
    };
    const remember = (outcome: InvokeOutcome, ms: number): void => {
      cache?.recordRun(id, ms);
      if (outcome.kind !== 'ok' || wasHandled(outcome)) return; // a job's onError result is not the callback's
      if (cache && cacheKey !== undefined) cache.store(spec, cacheKey, cacheEntryOf(outcome));
      if (memoKey !== undefined && !outcome.setProps) {
        this.app.valueMemo.set(memoKey, outcome.outputs);
        void shared?.set(`value:${memoKey}`, outcome.outputs, SHARED_VALUE_TTL_MS);
      }
    };
    if (planned && spec.background && startJob) {
      const outputKeys = outputTargets(node);
      const onError = jobErrorHandler(this.app, node);
      const started = await startJob({ invocation, outputKeys, onFinish: remember, ...(onError ? { onError } : {}), ...(cacheKey !== undefined && spec.cache ? { cache: { key: cacheKey, ttlSeconds: spec.cache.ttlSeconds } } : {}) });
      if (!started.ok) return { kind: 'error', message: started.error };
      this.background.push({ callback: id, job: started.job });
      return 'background';
    }
    const started = performance.now();
    const outcome = await this.options.invoke(invocation);
    const ms = performance.now() - started;
    this.options.onRun?.(id, ms, outcome);
    this.timings[id] = Math.round(ms * 10) / 10;
    this.ran.push(id);
    remember(outcome, this.timings[id]);
    return outcome;
  }

  private markFailed(node: CallbackNode): void {
    for (const key of node.outputs) if (!this.values.has(key)) this.failed.add(key);
  }

  private addError(callback: string, message: string): void {
    this.errors.push({ callback, message });
  }

  private before(id: string, node: CallbackNode): boolean {
    const a = this.app.orderIndex.get(id);
    const b = this.app.orderIndex.get(node.spec.id);
    return a !== undefined && b !== undefined && a < b;
  }

  private node(id: string): CallbackNode {
    const node = this.app.graph.callbacks.get(id);
    if (!node) throw new Error(`unknown callback "${id}"`);
    return node;
  }
}
