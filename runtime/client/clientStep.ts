import type { DependencyGraph } from '../graph';
import { outputNames, updatesOf } from '../graph/callArgs';
import { patternCallOf } from '../graph/patterns';
import type { AppSpec } from '../contracts/spec';
import type { PatternIndex } from '../schema/project';
import { DEFAULT_CLIENT_TIMEOUT_MS, type CallbackWorkerRunner } from './callbackWorkerRunner';
import { clientArgs, runClientCallback, type ClientCallbackTable } from './clientCallbacks';
import { mapClientStack } from './clientStack';
import { handleClientError, type ClientModuleCall } from './errorHandler';
import { firstStackLine, messageOf } from './errors';
import { clientModuleUrl, type FetchLike } from './requests';
import type { CascadeRecord } from './runtimeTypes';
import type { RuntimeError } from './store';

/** What one client step needs of the page's runtime (runtime.ts). */
export interface ClientStepContext {
  /** Where client callbacks run: the page's callback worker, or (null) the page itself. */
  worker: CallbackWorkerRunner | null;
  spec(): AppSpec | null;
  baseUrl: string;
  fetch: FetchLike;
  /** The compiled client callbacks module, for the page itself. */
  table(): Promise<ClientCallbackTable>;
  read(key: string): unknown;
  patterns(): ReadonlyMap<string, { type: string; index: PatternIndex }>;
  report(error: Omit<RuntimeError, 'id'>, detail?: unknown): void;
  clearErrorsOf(ids: readonly string[]): void;
  /** The outputs with what the run set through ctx.setProps (checked, remembered for the cascade). */
  withSetProps(id: string, outputs: Record<string, unknown>, setProps: Record<string, unknown>, record?: CascadeRecord): Record<string, unknown>;
}

/**
 * Runs one client callback of the graph (in the worker or the page), its onError handler if it
 * fails, and gives the "id.prop" updates it makes; a failure is reported and changes nothing.
 */
export async function runClientStep(ctx: ClientStepContext, g: DependencyGraph, id: string, triggered: string[], record?: CascadeRecord): Promise<Record<string, unknown>> {
  const node = g.callbacks.get(id)!;
  const outputs = outputNames(node);
  const pattern = patternCallOf(node, triggered, ctx.patterns());
  const spec = ctx.spec();
  const moduleUrl = spec ? clientModuleUrl(spec, ctx.baseUrl) : null;
  let call: ClientModuleCall;
  const { worker } = ctx;
  if (worker) {
    if (!moduleUrl) {
      ctx.report({ callback: id, message: 'the app spec has no clientCallbacksUrl, so client callbacks cannot run', source: 'network' });
      return {};
    }
    const absolute = new URL(moduleUrl, globalThis.location?.href).href;
    call = (module, args) => worker.run({ moduleUrl: absolute, callback: module, args, triggered, outputs, pattern }, node.spec.timeoutMs ?? DEFAULT_CLIENT_TIMEOUT_MS);
  } else {
    let table: ClientCallbackTable;
    try {
      table = await ctx.table();
    } catch (err) {
      ctx.report({ callback: id, message: `could not load client callbacks: ${messageOf(err)}`, source: 'network' }, err);
      return {};
    }
    call = (module, args) => runClientCallback(module, table[module], args, triggered, outputs, pattern);
  }
  const mapStack = (stack: string | undefined) => mapClientStack(stack, moduleUrl, ctx.fetch);
  let outcome = await call(node.module, clientArgs(node, ctx.read));
  // onError (errorHandler.ts): a handler's outcome stands in for the failure.
  if (outcome.kind === 'error') outcome = await handleClientError(id, node.spec, outcome, spec?.onError, call, mapStack);
  if (outcome.kind === 'ok') {
    const produced = updatesOf(node, outcome.outputs);
    if (produced.ok) {
      ctx.clearErrorsOf([id]);
      return outcome.setProps ? ctx.withSetProps(id, produced.updates, outcome.setProps, record) : produced.updates;
    }
    outcome = { kind: 'error', message: produced.message };
  }
  if (outcome.kind === 'error') {
    record?.errors.push(id);
    const stack = await mapStack(outcome.stack);
    ctx.report({ callback: id, message: outcome.message, location: firstStackLine(stack), source: 'client' }, stack);
  }
  return {};
}
