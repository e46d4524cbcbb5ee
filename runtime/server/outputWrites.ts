import { applyPatch, isPatchUpdate, PatchError } from '../contracts/patch';
import { setPropsProblem, type TargetKind } from '../contracts/setProps';
import { splitPropKey } from '../schema/project';
import { resolvePatternTargets } from '../graph/patterns';
import type { InvokeOutcome } from './worker/protocol';

/** The part of a LoadedApp the writes of a callback need. */
export interface WriteTargets {
  /** Every addressable "id.prop" (component props and named values). */
  keys: ReadonlyMap<string, unknown>;
  valueKeys: ReadonlySet<string>;
  /** Component id → type. */
  componentTypes: ReadonlyMap<string, string>;
  defaults: ReadonlyMap<string, unknown>;
  /** Component id → pattern id (a ctx.setProps by pattern id names the component that carries it). */
  patterns: ReadonlyMap<string, { type: string; index: string | number }>;
}

export interface CallbackWrites {
  /** "id.prop" → value (a patch in its wire form, or a plain value), outputs first, then ctx.setProps. */
  writes: Array<[key: string, value: unknown]>;
  /** Keys among `writes` that came from ctx.setProps. */
  setProps: Set<string>;
  /** ctx.setProps targets refused (unknown component or prop, a named value). */
  problems: string[];
}

/** The writes of an ok outcome: its outputs ("id.prop" → value), and (for a planned run) what it set with ctx.setProps, checked like an output's binding. */
export function writesOf(app: WriteTargets, outputs: Readonly<Record<string, unknown>>, outcome: Extract<InvokeOutcome, { kind: 'ok' }>, planned: boolean): CallbackWrites {
  const writes: Array<[string, unknown]> = Object.entries(outputs);
  const setProps = new Set<string>();
  const problems: string[] = [];
  if (planned && outcome.setProps) {
    for (const [key, value] of Object.entries(resolvePatternTargets(outcome.setProps, app.patterns))) {
      const problem = setPropsProblem(key, targetKind(app, key));
      if (problem) problems.push(problem);
      else {
        writes.push([key, value]);
        setProps.add(key);
      }
    }
  }
  return { writes, setProps, problems };
}

function targetKind(app: WriteTargets, key: string): TargetKind {
  if (app.valueKeys.has(key)) return { kind: 'value' };
  if (app.keys.has(key)) return { kind: 'prop' };
  const id = splitPropKey(key)?.id ?? key;
  const type = app.componentTypes.get(id);
  if (type === undefined) return { kind: 'unknown-component' };
  const prefix = `${id}.`;
  return { kind: 'unknown-prop', type, props: [...app.keys.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)) };
}

export type ResolvedWrite = { ok: true; hold: boolean; held?: unknown; send: unknown } | { ok: false; error: string };

/**
 * One write as the cascade takes it: a plain value is held and sent. A patch is applied to what
 * the cascade holds for the key (the value the page sent, or an earlier write), so a later
 * callback reading it gets the whole value; the page gets the patch and applies it to its own
 * copy. A named value lives on the server: its patch is applied to what the cascade holds (else
 * its default) and the whole value is what a client reader gets.
 */
export function resolveWrite(values: ReadonlyMap<string, unknown>, key: string, value: unknown, isValue: boolean, defaults: ReadonlyMap<string, unknown>): ResolvedWrite {
  if (!isPatchUpdate(value)) return { ok: true, hold: true, held: value, send: value };
  const known = values.has(key);
  if (!known && !isValue) return { ok: true, hold: false, send: value };
  try {
    const held = applyPatch(known ? values.get(key) : defaults.get(key), value);
    return { ok: true, hold: true, held, send: isValue ? held : value };
  } catch (err) {
    if (err instanceof PatchError) return { ok: false, error: `the patch of ${key} does not apply: ${err.message}` };
    throw err;
  }
}

/** Where a cached result keeps what the run set with ctx.setProps: a key no output's `as` name can be. */
const SET_PROPS_KEY = 'ctx.setProps';

/** What the callback cache keeps of an outcome: its outputs (patches as they are), and what it set. */
export function cacheEntryOf(outcome: Extract<InvokeOutcome, { kind: 'ok' }>): Record<string, unknown> {
  return outcome.setProps ? { ...outcome.outputs, [SET_PROPS_KEY]: outcome.setProps } : outcome.outputs;
}

/** The outcome a cached entry stands for. */
export function outcomeOfCacheEntry(entry: Record<string, unknown>): Extract<InvokeOutcome, { kind: 'ok' }> {
  if (!Object.hasOwn(entry, SET_PROPS_KEY)) return { kind: 'ok', outputs: entry };
  const { [SET_PROPS_KEY]: setProps, ...outputs } = entry;
  return { kind: 'ok', outputs, setProps: setProps as Record<string, unknown> };
}
