import { NotJsonSafeError, toJsonSafe } from './jsonSafe';
import { Patch } from './patch';
import { collectedSetProps, setPropsOf } from './setProps';

/**
 * What a callback call means (DESIGN §2), in one place for every runner: the server's workers,
 * its inline runner, the page and the page's callback worker.
 * - `ctx.noUpdate` (NO_UPDATE), returned or under an output's name, leaves that output as it is;
 *   so does a key left out of a multi-output result;
 * - `ctx.preventUpdate()` throws PreventUpdate: nothing updates, and it is not an error;
 * - one output → the value itself; several → an object keyed by the outputs' `as` names; none
 *   (`"outputs": []`) → the return value is ignored;
 * - an output's value may be a Patch (ctx.patch()): it travels as its operations (patch.ts);
 * - ctx.setProps(id, props) sets props besides the outputs (setProps.ts), reported with the outcome;
 * - values are made JSON-safe, so a Date becomes its ISO string in the browser just as over the wire.
 */

/** ctx.noUpdate. A registered symbol: the same value in every realm a callback may run in. */
export const NO_UPDATE: unique symbol = Symbol.for('dashwright.noUpdate');
export type NoUpdate = typeof NO_UPDATE;

export function isNoUpdate(value: unknown): value is NoUpdate {
  return value === NO_UPDATE;
}

/** Thrown by ctx.preventUpdate(). */
export class PreventUpdate extends Error {
  constructor() {
    super('ctx.preventUpdate() was called: nothing updates');
    this.name = 'PreventUpdate';
  }
}

/** The part of ctx every runner gives a callback; each adds its own (data, parseCsv, progress). */
export interface BaseContext {
  /** "id.prop" inputs that set this call off. */
  triggered: string[];
  noUpdate: NoUpdate;
  preventUpdate(): never;
  /** A partial update of an output's current value: chain operations, return it as the output's value. */
  patch(): Patch;
  /** Sets props of any component ("id" → { prop: value }), as outputs do. */
  setProps(id: string, props: Readonly<Record<string, unknown>>): void;
}

function patch(): Patch {
  return new Patch();
}

function preventUpdate(): never {
  throw new PreventUpdate();
}

/**
 * A call's ctx: the base every runner gives plus the runner's own fields. Built with
 * Object.assign, not a spread: spreading an object with a method costs a microsecond a call,
 * as much as a whole inline callback.
 */
export function baseContext<T extends object>(triggered: string[], extras: T): BaseContext & T {
  const base = { triggered, noUpdate: NO_UPDATE, preventUpdate, patch } as BaseContext;
  base.setProps = setPropsOf(base);
  return Object.assign(base, extras);
}

export type ErrorOutcome = { kind: 'error'; message: string; stack?: string };

/** What one call came to, as every runner reports it. */
export type CallbackOutcome =
  /** Outputs keyed by `as` name; an output left unchanged is absent. `setProps`: "id.prop" → value set with ctx.setProps, if any. */
  | { kind: 'ok'; outputs: Record<string, unknown>; setProps?: Record<string, unknown> }
  /** ctx.preventUpdate() was called: nothing updates, not an error. */
  | { kind: 'prevented' }
  | ErrorOutcome;

/** A result that does not fit the callback's outputs. */
export class ResultShapeError extends Error {}

export { NotJsonSafeError, toJsonSafe };

/**
 * Runs `call` and says what it came to, given the `as` names of the outputs in declaration
 * order. `thrown` describes anything else the callback threw (each runner knows how to show
 * its stack and a non-Error value). A callback that returns a plain value is settled at once,
 * without a turn of the microtask queue (the inline runner's hot path); a promise is awaited.
 * `ctx`: the call's ctx (baseContext), whose ctx.setProps calls the outcome carries.
 */
export function callOutcome(call: () => unknown, outputs: readonly string[], thrown: (err: unknown) => ErrorOutcome, ctx?: object): CallbackOutcome | Promise<CallbackOutcome> {
  let result: unknown;
  try {
    result = call();
  } catch (err) {
    return caught(err, thrown);
  }
  if (isThenable(result)) {
    return Promise.resolve(result).then(
      (value) => settled(value, outputs, thrown, ctx),
      (err: unknown) => caught(err, thrown),
    );
  }
  return settled(result, outputs, thrown, ctx);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function caught(err: unknown, thrown: (err: unknown) => ErrorOutcome): CallbackOutcome {
  return err instanceof PreventUpdate ? { kind: 'prevented' } : thrown(err);
}

function settled(result: unknown, outputs: readonly string[], thrown: (err: unknown) => ErrorOutcome, ctx: object | undefined): CallbackOutcome {
  try {
    const values = outputsOf(result, outputs);
    const setProps = collectedSetProps(ctx);
    return setProps ? { kind: 'ok', outputs: values, setProps } : { kind: 'ok', outputs: values };
  } catch (err) {
    if (err instanceof NotJsonSafeError || err instanceof ResultShapeError) return { kind: 'error', message: err.message };
    return thrown(err);
  }
}

/** Output `as` name → value to set. Throws ResultShapeError or NotJsonSafeError with a message for the user. */
export function outputsOf(result: unknown, names: readonly string[]): Record<string, unknown> {
  if (isNoUpdate(result) || names.length === 0) return {};
  if (names.length === 1) {
    const name = names[0];
    if (result === undefined) {
      throw new ResultShapeError(`the callback returned undefined; return the value for "${name}", ctx.noUpdate, or call ctx.preventUpdate()`);
    }
    return { [name]: toJsonSafe(result, name) };
  }
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    throw new ResultShapeError(
      `the callback has ${names.length} outputs, so it must return an object keyed by ${names.map((n) => `"${n}"`).join(', ')}; it returned ${describe(result)}`,
    );
  }
  const unknown = Object.keys(result).filter((key) => !names.includes(key));
  if (unknown.length > 0) {
    throw new ResultShapeError(
      `the callback returned ${unknown.map((n) => `"${n}"`).join(', ')}, which ${unknown.length === 1 ? 'is not an output' : 'are not outputs'}; its outputs are ${names.map((n) => `"${n}"`).join(', ')}`,
    );
  }
  const outputs: Record<string, unknown> = {};
  for (const name of names) {
    const value = (result as Record<string, unknown>)[name];
    if (value === undefined || isNoUpdate(value)) continue;
    outputs[name] = toJsonSafe(value, name);
  }
  return outputs;
}

/** "id.prop" → value, from outputs keyed by `as` name (`keys` in the same order as `names`). */
export function outputsByKey(outputs: Record<string, unknown>, names: readonly string[], keys: readonly string[]): Record<string, unknown> {
  const updates: Record<string, unknown> = {};
  names.forEach((name, i) => {
    if (Object.hasOwn(outputs, name)) updates[keys[i]!] = outputs[name];
  });
  return updates;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
