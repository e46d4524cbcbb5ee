import { buildAppGraph, planCascade, planInitial, triggerOf, type DependencyGraph, type PatternIds } from '../graph';
import type { AppSpec } from '../contracts/spec';
import type { JobStatus, UpdatePartial } from '../contracts/wire';
import { builtinRegistry } from '../components/builtins';
import { createJobTracker, jobRecord, type FollowedJob } from './backgroundJobs';
import { splitPropKey } from '../schema/project';
import { CALLBACK_WORKER_ASSET } from './callbackWorkerProtocol';
import { createCallbackWorkerRunner, type CallbackWorkerRunner } from './callbackWorkerRunner';
import { loadClientCallbacks, type ClientCallbackTable } from './clientCallbacks';
import { callbacksTouching, repeatItemKeys, withCopies } from './copies';
import { resolvePatternTargets } from '../graph/patterns';
import { firstStackLine } from './errors';
import { clientModuleUrl, endpoint, fetchSpec, pageUrl, type FetchLike } from './requests';
import { createOutputCheck } from './outputCheck';
import { createRunningProps, handOffToJobs } from './running';
import type { TargetKind } from '../contracts/setProps';
import { MAX_SET_PROPS_CHAIN, refuseBadTargets, resolvePatches, setPropsTargets } from './patchesAndSetProps';
import { createProjectComponentLoader } from './projectComponents';
import { runServerStep, type ServerStepContext } from './serverStep';
import { runClientStep, type ClientStepContext } from './clientStep';
import { propsForSpec } from './specProps';
import { nextStep, type Step } from './schedule';
import type { AppRuntime, AppRuntimeOptions, CascadeRecord } from './runtimeTypes';
import { adjustLoading, createStore, readKey, writeKeys, type RuntimeError, type RuntimeState } from './store';

export type { AppRuntime, AppRuntimeOptions, CascadeRecord } from './runtimeTypes';

const MAX_ERRORS = 5;

function defaultImport(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url) as Promise<unknown>;
}

export function createAppRuntime(options: AppRuntimeOptions = {}): AppRuntime {
  const baseUrl = options.baseUrl ?? '';
  const fetchFn: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const importModule = options.importModule ?? defaultImport;
  const logger = options.logger ?? console;
  const baseRegistry = options.registry ?? builtinRegistry;
  let registry = baseRegistry;
  const registryFor = createProjectComponentLoader(baseRegistry, importModule, (url) => pageUrl(url, baseUrl));
  const store = createStore();
  const running = new Set<Promise<void>>();
  /** "id.prop" → sequence number of the newest cascade (or user input) that writes it. */
  const claims = new Map<string, number>();
  /** Values the user set, kept across reloads. */
  const userSet = new Map<string, unknown>();
  let graph: DependencyGraph | null = null;
  /** Component id → pattern id, of the components that carry one (ctx.triggeredId). */
  let patterns: PatternIds = new Map();
  /** "<repeat>.items" keys (copies.ts): sent with every server request, a change remakes the copies. */
  let repeatItems: ReadonlySet<string> = new Set();
  let checkOutput: ReturnType<typeof createOutputCheck> = () => null;
  let setPropsTarget: (key: string) => TargetKind = () => ({ kind: 'unknown-component' });
  /** Keys a cascade's callbacks set with ctx.setProps: their consumers run once it is done. */
  const setPropsOf = new WeakMap<CascadeRecord, Set<string>>();
  const noteSetProp = (record: CascadeRecord, key: string): void => {
    let keys = setPropsOf.get(record);
    if (!keys) setPropsOf.set(record, (keys = new Set()));
    keys.add(key);
  };
  /** "id.prop" → the cascade whose output for it was last refused (and reported). */
  const refused = new Map<string, number>();
  /** Callback id → the cascade in which one of its outputs was last refused. */
  const refusedCallback = new Map<string, number>();
  let clientTable: { url: string; table: Promise<ClientCallbackTable> } | null = null;
  // Client callbacks run in a worker where there are workers and they are loaded by URL (not
  // from a test's importModule): one that loops forever is stopped instead of freezing the page.
  const worker: CallbackWorkerRunner | null =
    options.callbackWorker !== undefined
      ? options.callbackWorker
      : options.importModule === undefined && typeof Worker === 'function'
        ? createCallbackWorkerRunner(endpoint(baseUrl, `_dashwright/assets/${CALLBACK_WORKER_ASSET}`))
        : null;
  let seqCounter = 0;
  let epoch = 0;
  let errorCounter = 0;
  let disposed = false;

  const state = (): RuntimeState => store.getState();

  function report(error: Omit<RuntimeError, 'id'>, detail?: unknown): void {
    logger.error(`[dashwright] ${error.callback}: ${error.message}`, ...(detail === undefined ? [] : [detail]));
    if (disposed) return;
    const entry: RuntimeError = { id: ++errorCounter, ...error };
    store.update((s) => ({ ...s, errors: [...s.errors, entry].slice(-MAX_ERRORS) }));
  }

  /** A callback that ran fine again takes its earlier errors with it (the overlay and toasts clear). */
  function clearErrorsOf(ids: readonly string[]): void {
    if (ids.length === 0 || disposed) return;
    const done = new Set(ids);
    store.update((s) => (s.errors.some((e) => done.has(e.callback)) ? { ...s, errors: s.errors.filter((e) => !done.has(e.callback)) } : s));
  }

  function track(work: Promise<void>): Promise<void> {
    running.add(work);
    return work.finally(() => running.delete(work));
  }

  function clientCallbacks(): Promise<ClientCallbackTable> {
    const spec = state().spec;
    const url = spec ? clientModuleUrl(spec, baseUrl) : null;
    if (!url) return Promise.reject(new Error('the app spec has no clientCallbacksUrl, so client callbacks cannot run'));
    if (!clientTable || clientTable.url !== url) {
      const table = loadClientCallbacks(url, importModule);
      clientTable = { url, table };
      table.catch(() => {
        if (clientTable?.table === table) clientTable = null;
      });
    }
    return clientTable.table;
  }

  /** Writes a cascade's updates, except keys a newer cascade or input owns; returns the keys written. */
  function apply(given: Record<string, unknown>, seq: number, cascadeEpoch: number): string[] {
    if (cascadeEpoch !== epoch || disposed) return [];
    // A patch ({ $patch }) becomes the prop's value with its operations applied (patchesAndSetProps.ts).
    const { updates, failed } = resolvePatches(given, (key) => readKey(state(), key).value);
    for (const f of failed) {
      const callback = graph?.producer.get(f.key) ?? '?';
      if (refused.get(f.key) !== seq) report({ callback, message: f.message, source: 'client' });
      refused.set(f.key, seq);
      refusedCallback.set(callback, seq);
    }
    const fresh: Record<string, unknown> = {};
    // Props as the whole batch leaves them: a prop whose schema depends on others is checked against those.
    const after = writeKeys(state(), updates).components;
    for (const [key, value] of Object.entries(updates)) {
      if ((claims.get(key) ?? 0) > seq) continue; // a newer cascade or input owns it
      const id = splitPropKey(key)?.id;
      const rejected = checkOutput(key, value, id === undefined ? undefined : after[id]);
      if (rejected) {
        // A streamed answer's lines and its final response carry the same outputs: report once.
        if (refused.get(key) !== seq) report({ callback: rejected.callback, message: rejected.message, source: 'client' });
        refused.set(key, seq);
        refusedCallback.set(rejected.callback, seq);
        continue;
      }
      fresh[key] = value;
      userSet.delete(key);
    }
    store.update((s) => writeKeys(s, fresh));
    if (repeatItems.size > 0 && Object.keys(fresh).some((key) => repeatItems.has(key))) refreshCopies();
    jobs.cancelOn(Object.keys(fresh));
    return Object.keys(fresh);
  }

  // Running props (running.ts): set around each callback's run; a background job's until it ends.
  const runningProps = createRunningProps({ entriesOf: (id) => graph?.callbacks.get(id)?.spec.running, write: (updates) => {
    if (!disposed) store.update((s) => writeKeys(s, updates));
  } });
  const jobRunning = new Map<string, () => void>();
  const jobEnded = (job: FollowedJob): void => {
    jobRunning.get(job.job)?.();
    jobRunning.delete(job.job);
  };
  const jobs = createJobTracker({ fetch: fetchFn, baseUrl, store, track, report, finished: jobFinished, ended: jobEnded, current: (job) => job.epoch === epoch && !disposed, pollMs: options.jobPollMs });

  /** A background job's result is its cascade's, late: apply it, then run what depends on it. */
  async function jobFinished(job: FollowedJob, status: JobStatus): Promise<void> {
    // A ctx.setProps by pattern id ("type[index].prop") names the component carrying it.
    const updates = resolvePatternTargets({ ...status.updates }, patterns);
    const setKeys = Object.keys(resolvePatternTargets(Object.fromEntries((status.setProps ?? []).map((key) => [key, true])), patterns));
    for (const message of refuseBadTargets(updates, setKeys, setPropsTarget)) report({ callback: job.callback, message, source: 'server' });
    const written = apply(updates, job.seq, job.epoch);
    for (const err of status.errors ?? []) {
      report({ callback: err.callback, message: err.message, location: firstStackLine(err.stack), source: 'server' }, err.stack);
    }
    if (!disposed) options.onCascade?.(jobRecord(++seqCounter, job, status));
    if (written.length > 0) await cascade(written, false);
  }

  async function runClient(g: DependencyGraph, id: string, triggered: string[], record?: CascadeRecord): Promise<Record<string, unknown>> {
    const started = performance.now();
    try {
      return await runClientStep(clientStep, g, id, triggered, record);
    } finally {
      record?.ran.push({ callback: id, placement: 'client', ms: performance.now() - started });
    }
  }

  const clientStep: ClientStepContext = {
    worker,
    spec: () => state().spec,
    baseUrl,
    fetch: fetchFn,
    table: clientCallbacks,
    read: (key) => readKey(state(), key).value,
    patterns: () => patterns,
    report,
    clearErrorsOf,
    withSetProps: (id, outputs, setProps, record) => withSetProps(id, outputs, setProps, record),
  };

  /** A client callback's outputs and what it set with ctx.setProps (checked; remembered for its cascade's follow-up). */
  function withSetProps(id: string, outputs: Record<string, unknown>, setProps: Record<string, unknown>, record?: CascadeRecord): Record<string, unknown> {
    const updates = resolvePatternTargets(setProps, patterns);
    for (const message of refuseBadTargets(updates, Object.keys(updates), setPropsTarget)) report({ callback: id, message, source: 'client' });
    if (record) for (const key of Object.keys(updates)) noteSetProp(record, key);
    return { ...updates, ...outputs };
  }

  const serverStep: ServerStepContext = {
    fetch: fetchFn,
    baseUrl,
    state,
    repeatItems: () => repeatItems,
    jobs,
    report,
    clearErrorsOf,
    refusedIn: (callback) => refusedCallback.get(callback),
    noteSetProp,
  };

  /** `chain`: how many cascades of ctx.setProps calls led to this one. */
  async function cascade(changedKeys: readonly string[], initial: boolean, chain = 0, only?: ReadonlySet<string>): Promise<void> {
    const g = graph;
    if (!g || disposed) return;
    let plan = initial ? planInitial(g) : planCascade(g, changedKeys);
    if (only) plan = plan.filter((id) => only.has(id));
    if (plan.length === 0) return;
    const seq = ++seqCounter;
    const cascadeEpoch = epoch;
    const outputsOf = (ids: readonly string[]): string[] => ids.flatMap((id) => g.callbacks.get(id)!.outputs);
    for (const key of outputsOf(plan)) claims.set(key, seq);
    store.update((s) => adjustLoading(s, outputsOf(plan), +1));

    const record: CascadeRecord = { seq, initial, trigger: [...changedKeys], startedAt: Date.now(), ms: 0, ran: [], requests: 0, errors: [] };
    const began = performance.now();
    const changed = new Set(changedKeys);
    const seeds = new Set(initial ? plan.filter((id) => !g.callbacks.get(id)!.spec.preventInitialCall) : []);
    const initialPlan = initial ? new Set(plan) : undefined;
    const triggerFor = (id: string): string[] | null => triggerOf(g, id, (key) => changed.has(key), initialPlan);
    const triggered = (id: string): boolean => triggerFor(id) !== null;
    let remaining = plan;
    const finished = new Set<string>();
    const finish = (ids: readonly string[]): void => {
      const now = ids.filter((id) => !finished.has(id));
      if (now.length === 0) return;
      for (const id of now) finished.add(id);
      remaining = remaining.filter((id) => !finished.has(id));
      if (cascadeEpoch === epoch) store.update((s) => adjustLoading(s, outputsOf(now), -1));
    };
    const runs = runningProps.cascade();
    const onPartial = (partial: UpdatePartial): void => {
      apply(partial.updates, seq, cascadeEpoch);
      finish(partial.ran.filter((id) => g.callbacks.has(id)));
      runs.end(partial.ran);
    };

    try {
      while (remaining.length > 0 && cascadeEpoch === epoch && !disposed) {
        const { step, skipped } = nextStep(g, remaining, triggered);
        finish(skipped);
        if (!step) break;
        const ids = stepIds(step);
        runs.start(ids);
        try {
          const updates =
            step.kind === 'client'
              ? await runClient(g, step.id, triggerFor(step.id) ?? [], record)
              : await runServerStep(serverStep, g, step.ids, changed, initial && step.ids.some((id) => seeds.has(id)), record, cascadeEpoch, onPartial);
          apply(updates, seq, cascadeEpoch);
          for (const key of Object.keys(updates)) changed.add(key);
        } finally {
          finish(ids);
          handOffToJobs(runs, ids, seq, jobs.active(), jobRunning);
        }
      }
    } finally {
      finish(remaining);
      runs.endAll();
      record.ms = performance.now() - began;
      if (!disposed) options.onCascade?.(record);
    }
    // Props set with ctx.setProps form no edges: their consumers run now, as after a user change.
    const followUp = setPropsOf.get(record);
    if (!followUp || cascadeEpoch !== epoch || disposed) return;
    if (chain < MAX_SET_PROPS_CHAIN) await cascade([...followUp], false, chain + 1);
    else report({ callback: [...new Set(record.ran.map((r) => r.callback))].join(', '), message: `ctx.setProps set off ${MAX_SET_PROPS_CHAIN} cascades in a row (a callback setting its own input?); stopped`, source: 'client' });
  }

  async function applySpec(spec: AppSpec, opts: { keepUserValues?: boolean } = {}): Promise<void> {
    // The project's own component types load before anything renders with them.
    const nextRegistry = await registryFor(spec.componentModules);
    if (disposed) return;
    registry = nextRegistry;
    epoch++;
    claims.clear();
    jobs.cancelAll();
    worker?.reset(); // a new revision's module; the old one is dropped with the worker
    const components = propsForSpec(spec, state().spec, registry, userSet, opts.keepUserValues === true, options.seedProps);
    repeatItems = repeatItemKeys(spec);
    const withItems = withCopies({ ...state(), components, copies: [] }, spec, registry).state;
    useGraph(spec, withItems.copies);
    refused.clear();
    refusedCallback.clear();
    store.update((s) => ({ ...s, status: 'ready', loadError: null, spec, components: withItems.components, copies: withItems.copies, values: {}, loading: {}, progress: {} }));
    await track(cascade([], true));
  }

  /** The graph (and output checks) of the spec with these repeat copies. */
  function useGraph(spec: AppSpec, copies: RuntimeState['copies']): void {
    ({ graph, patterns } = buildAppGraph(spec, copies.length === 0 ? spec.components : [...spec.components, ...copies]));
    const withCopiesSpec = copies.length === 0 ? spec : { ...spec, components: [...spec.components, ...copies] };
    checkOutput = createOutputCheck(withCopiesSpec, registry.catalog, graph);
    setPropsTarget = setPropsTargets(withCopiesSpec, registry.catalog);
  }

  /** A repeat container's items changed: remake its copies; the new ones' callbacks make their initial call. */
  function refreshCopies(): void {
    const spec = state().spec;
    if (!spec) return;
    const next = withCopies(state(), spec, registry);
    if (next.state === state()) return;
    const before = graph;
    store.update(() => next.state);
    useGraph(spec, next.state.copies);
    if (!graph) return;
    // The new copies' callbacks, and those that read a copy now gone (an ALL input lost one), run.
    const rerun = callbacksTouching(graph, next.added);
    if (before) for (const id of callbacksTouching(before, next.removed)) if (graph.callbacks.has(id)) rerun.add(id);
    if (rerun.size > 0) void track(cascade([], true, 0, rerun));
  }

  const runtime: AppRuntime = {
    get registry() {
      return registry;
    },
    getState: state,
    subscribe: (listener) => store.subscribe(listener),
    get: (key) => readKey(state(), key).value,

    async load() {
      store.update((s) => ({ ...s, status: 'loading', loadError: null }));
      const result = await fetchSpec(fetchFn, baseUrl);
      if (!result.ok) {
        logger.error(`[dashwright] could not load the app: ${result.message}`);
        store.update((s) => ({ ...s, status: 'failed', loadError: result.message }));
        return;
      }
      await applySpec(result.value);
    },

    async reload() {
      const result = await fetchSpec(fetchFn, baseUrl);
      if (!result.ok) {
        report({ callback: 'spec', message: `reload failed: ${result.message}`, source: 'network' });
        return;
      }
      await applySpec(result.value, { keepUserValues: true });
    },

    applySpec,

    async setProp(key, value) {
      if (disposed) return;
      const current = readKey(state(), key);
      if (current.found && Object.is(current.value, value)) return;
      claims.set(key, ++seqCounter);
      userSet.set(key, value);
      options.onUserSet?.(key, value);
      store.update((s) => writeKeys(s, { [key]: value }));
      jobs.cancelOn([key]);
      await track(cascade([key], false));
    },

    dismissError(id) {
      store.update((s) => (s.errors.some((e) => e.id === id) ? { ...s, errors: s.errors.filter((e) => e.id !== id) } : s));
    },

    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },

    dispose() {
      disposed = true;
      epoch++;
      jobs.cancelAll();
      worker?.reset();
    },
  };
  return runtime;
}

function stepIds(step: Step): string[] {
  return step.kind === 'client' ? [step.id] : step.ids;
}
