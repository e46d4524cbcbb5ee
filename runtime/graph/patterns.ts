import { patternBindingId, type Binding, type CallbackSpec, type PatternIndex } from '../schema/project';

/** A component that carries a full pattern id, in page order (static, or a repeat container's copy). */
export interface PatternedComponent {
  id: string;
  type: string;
  index: PatternIndex;
}

/**
 * One callback of the running app: a manifest callback, or one instance of a MATCH callback.
 * Its bindings name concrete components; the arguments in `arrays` (ALL, ALLSMALLER) take the
 * values of all their bindings, in page order, as one array; an output in `outputArrays` (ALL)
 * takes an array with one value per component.
 */
export interface ConcreteCallback {
  spec: CallbackSpec;
  /** The manifest callback (its code module); the spec's id for one without MATCH. */
  module: string;
  arrays: readonly string[];
  outputArrays: readonly string[];
  /** The MATCH index of this instance (ctx.match). */
  match?: PatternIndex;
}

export function hasPatternBindings(spec: Pick<CallbackSpec, 'inputs' | 'state' | 'outputs'>): boolean {
  return [spec.inputs, spec.state, spec.outputs].some((list) => list.some((b) => b.pattern !== undefined));
}

/** Components with a full pattern id, in the order given (page order). */
export function patternedComponents(components: readonly { id: string; pattern?: { type: string; index?: PatternIndex } }[]): PatternedComponent[] {
  const out: PatternedComponent[] = [];
  for (const c of components) if (c.pattern && c.pattern.index !== undefined) out.push({ id: c.id, type: c.pattern.type, index: c.pattern.index });
  return out;
}

/** The instance id of a MATCH callback for one index: "update_card[alpha]". */
export function instanceId(callback: string, index: PatternIndex): string {
  return `${callback}[${String(index)}]`;
}

function smaller(a: PatternIndex, b: PatternIndex, order: ReadonlyMap<string, number>): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return (order.get(String(a)) ?? Infinity) < (order.get(String(b)) ?? -Infinity);
}

/**
 * The callbacks the app runs, given the components that carry pattern ids: a callback without
 * pattern bindings as it is; with ALL / ALLSMALLER / a fixed index only, one callback whose
 * pattern bindings name the matching components; with MATCH inputs, one instance per index the
 * first MATCH input's type has (DESIGN §4b), its MATCH bindings naming that index's component.
 */
export function concretize(callbacks: readonly CallbackSpec[], components: readonly PatternedComponent[]): ConcreteCallback[] {
  if (!callbacks.some(hasPatternBindings)) return callbacks.map((spec) => ({ spec, module: spec.id, arrays: [], outputArrays: [] }));
  const byType = new Map<string, PatternedComponent[]>();
  for (const c of components) byType.set(c.type, [...(byType.get(c.type) ?? []), c]);
  const out: ConcreteCallback[] = [];
  for (const spec of callbacks) {
    if (!hasPatternBindings(spec)) {
      out.push({ spec, module: spec.id, arrays: [], outputArrays: [] });
      continue;
    }
    const matchInput = spec.inputs.find((b) => b.pattern?.index === 'MATCH');
    if (!matchInput) {
      out.push(instance(spec, byType, undefined));
      continue;
    }
    const seen = new Set<string>();
    for (const c of byType.get(matchInput.pattern!.type) ?? []) {
      if (seen.has(String(c.index))) continue;
      seen.add(String(c.index));
      out.push(instance(spec, byType, c.index));
    }
  }
  return out;
}

function instance(spec: CallbackSpec, byType: ReadonlyMap<string, PatternedComponent[]>, match: PatternIndex | undefined): ConcreteCallback {
  const arrays: string[] = [];
  const outputArrays: string[] = [];
  const expand = (list: readonly Binding[], isOutput: boolean): Binding[] => {
    const bound: Binding[] = [];
    for (const b of list) {
      const pattern = b.pattern;
      if (!pattern) {
        bound.push(b);
        continue;
      }
      const name = b.as ?? b.prop;
      const all = byType.get(pattern.type) ?? [];
      const concrete = (c: PatternedComponent): Binding => ({ id: c.id, prop: b.prop, as: name, pattern: { type: c.type, index: c.index } });
      if (pattern.index === 'ALL' || (pattern.index === 'ALLSMALLER' && !isOutput)) {
        (isOutput ? outputArrays : arrays).push(name);
        const order = new Map(all.map((c, i) => [String(c.index), i]));
        const picked = pattern.index === 'ALL' || match === undefined ? all : all.filter((c) => smaller(c.index, match, order));
        bound.push(...picked.map(concrete));
      } else {
        const index = pattern.index === 'MATCH' ? match : pattern.index;
        const found = index === undefined ? undefined : all.find((c) => String(c.index) === String(index));
        // No such component: the binding keeps its pattern name (reads give nothing, writes go nowhere).
        if (found) bound.push(concrete(found));
        else if (!isOutput) bound.push({ ...b, id: patternBindingId({ type: pattern.type, index: index ?? pattern.index }), as: name });
      }
    }
    return bound;
  };
  const id = match === undefined ? spec.id : instanceId(spec.id, match);
  const concrete: CallbackSpec = { ...spec, id, inputs: expand(spec.inputs, false), state: expand(spec.state, false), outputs: expand(spec.outputs, true) };
  return { spec: concrete, module: spec.id, arrays, outputArrays, ...(match !== undefined ? { match } : {}) };
}

/**
 * What ctx.setProps set with pattern ids ("type[index].prop", setProps.ts) under the ids of the
 * components that carry them; a pattern id no component carries stays as it is (and is refused
 * as an unknown component). Other keys are left alone.
 */
export function resolvePatternTargets(values: Readonly<Record<string, unknown>>, patterns: ReadonlyMap<string, { type: string; index: PatternIndex }>): Record<string, unknown> {
  const keys = Object.keys(values);
  if (patterns.size === 0 || !keys.some((k) => k.includes('['))) return { ...values };
  const byPattern = new Map<string, string>();
  for (const [id, p] of patterns) byPattern.set(`${p.type}[${String(p.index)}]`, id);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const at = key.indexOf('].');
    const component = at < 0 ? undefined : byPattern.get(key.slice(0, at + 1));
    out[component === undefined ? key : `${component}${key.slice(at + 1)}`] = values[key];
  }
  return out;
}

/** Concrete component id → its pattern id, for ctx.triggeredId. */
export function patternsById(components: readonly PatternedComponent[]): ReadonlyMap<string, { type: string; index: PatternIndex }> {
  return new Map(components.map((c) => [c.id, { type: c.type, index: c.index }]));
}

/** What a pattern callback's ctx says about its call: the MATCH index, and the pattern id of the component that fired. */
export function patternCallOf(
  node: { match?: PatternIndex },
  triggered: readonly string[],
  patterns: ReadonlyMap<string, { type: string; index: PatternIndex }>,
): { match?: PatternIndex; triggeredId?: { type: string; index: PatternIndex } } {
  const out: { match?: PatternIndex; triggeredId?: { type: string; index: PatternIndex } } = {};
  if (node.match !== undefined) out.match = node.match;
  const first = triggered[0];
  const fired = first === undefined || patterns.size === 0 ? undefined : patterns.get(first.slice(0, first.indexOf('.')));
  if (fired) out.triggeredId = fired;
  return out;
}
