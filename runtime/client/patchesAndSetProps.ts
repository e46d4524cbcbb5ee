import { applyPatch, isPatchUpdate, PatchError } from '../contracts/patch';
import { setPropsProblem, type TargetKind } from '../contracts/setProps';
import type { AppSpec } from '../contracts/spec';
import type { Catalog } from '../schema/catalog';
import { splitPropKey } from '../schema/project';

/**
 * The page's side of partial updates and ctx.setProps (DESIGN §4b): a patch in an update is
 * applied to the prop's current value (immutably: contracts/patch.ts) before the page takes
 * it; what a callback set with ctx.setProps is checked like an output's binding (a known
 * component and prop, not a named value) and then taken like any update, after which the
 * callbacks that read those props run (runtime.ts, `followSetProps`).
 */

export interface PatchFailure {
  key: string;
  message: string;
}

/** `updates` with each patch applied to `current(key)`; a patch that does not apply is left out and listed. Unchanged (the same object) when there is none. */
export function resolvePatches(updates: Readonly<Record<string, unknown>>, current: (key: string) => unknown): { updates: Readonly<Record<string, unknown>>; failed: PatchFailure[] } {
  let out: Record<string, unknown> | undefined;
  const failed: PatchFailure[] = [];
  for (const [key, value] of Object.entries(updates)) {
    if (!isPatchUpdate(value)) continue;
    out ??= { ...updates };
    try {
      out[key] = applyPatch(current(key), value);
    } catch (err) {
      if (!(err instanceof PatchError)) throw err;
      delete out[key];
      failed.push({ key, message: `the patch of ${key} does not apply: ${err.message}; it keeps its value` });
    }
  }
  return { updates: out ?? updates, failed };
}

/** What a ctx.setProps key names in this app. */
export function setPropsTargets(spec: AppSpec, catalog: Catalog): (key: string) => TargetKind {
  const types = new Map(spec.components.map((c) => [c.id, c.type]));
  const values = new Set(spec.values.map((v) => v.id));
  return (key) => {
    const parts = splitPropKey(key);
    if (!parts) return { kind: 'unknown-component' };
    if (values.has(parts.id)) return { kind: 'value' };
    const type = types.get(parts.id);
    if (type === undefined) return { kind: 'unknown-component' };
    const props = catalog.get(type)?.props;
    if (!props || props.includes(parts.prop)) return { kind: 'prop' };
    return { kind: 'unknown-prop', type, props };
  };
}

/** The ctx.setProps entries the page may take (`keys` among `updates`), and why the others were refused (they are removed). */
export function refuseBadTargets(updates: Record<string, unknown>, keys: readonly string[], target: (key: string) => TargetKind): string[] {
  const problems: string[] = [];
  for (const key of keys) {
    const problem = setPropsProblem(key, target(key));
    if (problem === null) continue;
    problems.push(problem);
    delete updates[key];
  }
  return problems;
}

/** Most cascades ctx.setProps may set off one after another (a callback setting its own input loops): then it stops, with an error. */
export const MAX_SET_PROPS_CHAIN = 32;
