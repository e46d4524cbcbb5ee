import { toJsonSafe } from './jsonSafe';

/**
 * ctx.setProps(id, { prop: value }) (DESIGN §4b, Dash's set_props): a callback sets props of any
 * component besides its outputs. What it set travels with its outcome as `setProps`
 * ("id.prop" → value, the last call for a prop winning); the values are made JSON-safe when
 * set (a patch from ctx.patch() included). A run that fails or calls ctx.preventUpdate() sets
 * nothing. Targets are unknown statically, so they form no edges of the graph: once the page
 * takes the values, the callbacks that have those props as inputs run, as after a user change.
 */

const COLLECTED: unique symbol = Symbol.for('dashwright.setProps');

interface Collecting {
  [COLLECTED]?: Record<string, unknown>;
}

/** A pattern id as ctx.setProps takes it (Dash's dict ids): the component that carries it. */
export type PatternTarget = { type: string; index: string | number };

/**
 * The id ctx.setProps records for a target: a component id as it is; a pattern id as
 * "type[index]" (patternBindingId's form), which the runner's graph turns into the component
 * that carries it (runtime/graph/patterns.ts resolvePatternTargets).
 */
function targetId(id: unknown): string | undefined {
  if (typeof id === 'string') return id === '' ? undefined : id;
  if (typeof id !== 'object' || id === null) return undefined;
  const { type, index } = id as Partial<PatternTarget>;
  return typeof type === 'string' && type !== '' && (typeof index === 'string' || typeof index === 'number') ? `${type}[${String(index)}]` : undefined;
}

/** ctx.setProps for a ctx object: records into it. */
export function setPropsOf(ctx: object): (target: string | PatternTarget, props: Readonly<Record<string, unknown>>) => void {
  return (target, props) => {
    const id = targetId(target);
    if (id === undefined) throw new TypeError('ctx.setProps(id, props): the id must be a component id, or a pattern id { type, index }');
    if (typeof props !== 'object' || props === null || Array.isArray(props)) throw new TypeError(`ctx.setProps("${id}", props): props must be an object of prop → value`);
    const into = ((ctx as Collecting)[COLLECTED] ??= {});
    for (const [prop, value] of Object.entries(props)) {
      if (value === undefined) continue;
      const key = `${id}.${prop}`;
      into[key] = toJsonSafe(value, `ctx.setProps("${id}").${prop}`);
    }
  };
}

/** What the run of `ctx` set, or undefined if it set nothing. */
export function collectedSetProps(ctx: object | undefined): Record<string, unknown> | undefined {
  const set = ctx ? (ctx as Collecting)[COLLECTED] : undefined;
  return set && Object.keys(set).length > 0 ? set : undefined;
}

/** What a setProps target is: a component's known prop, a named value, or neither. */
export type TargetKind = { kind: 'prop' } | { kind: 'value' } | { kind: 'unknown-component' } | { kind: 'unknown-prop'; type: string; props: readonly string[] };

/** Why ctx.setProps may not set `key`, or null when it may (the same rules as an output's binding). */
export function setPropsProblem(key: string, target: TargetKind): string | null {
  const dot = key.indexOf('.');
  const id = key.slice(0, dot);
  const prop = key.slice(dot + 1);
  switch (target.kind) {
    case 'prop':
      return null;
    case 'value':
      return `ctx.setProps cannot set named value "${id}": a value is computed by the callback that outputs it`;
    case 'unknown-component':
      return `ctx.setProps("${id}", …): there is no component "${id}"`;
    case 'unknown-prop':
      return `ctx.setProps("${id}", { ${prop} }): ${target.type} "${id}" has no prop "${prop}" (it has ${target.props.join(', ')})`;
  }
}
