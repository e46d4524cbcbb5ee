import { argName, propKey, type Binding } from '../schema/project';
import type { CallbackNode } from './build';

type Node = Pick<CallbackNode, 'spec' | 'arrays' | 'outputArrays'>;

/** The bindings whose values make a callback's arguments: inputs, then state. */
export function argBindings(node: Pick<CallbackNode, 'spec'>): readonly Binding[] {
  return node.spec.state.length === 0 ? node.spec.inputs : [...node.spec.inputs, ...node.spec.state];
}

/**
 * The argument object from the values of argBindings(node), in the same order: each under its
 * binding's name, an ALL / ALLSMALLER name as an array of all its bindings' values (empty when
 * no component matches).
 */
export function assembleArgs(node: Node, values: readonly unknown[]): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const bindings = argBindings(node);
  if (node.arrays.length === 0) {
    for (let i = 0; i < bindings.length; i++) args[argName(bindings[i]!)] = values[i];
    return args;
  }
  const arrays = new Set(node.arrays);
  for (const name of arrays) args[name] = [];
  bindings.forEach((b, i) => {
    const name = argName(b);
    if (arrays.has(name)) (args[name] as unknown[]).push(values[i]);
    else args[name] = values[i];
  });
  return args;
}

/** The output names a callback's result is keyed by, in declaration order, each once. */
export function outputNames(node: Pick<CallbackNode, 'spec'>): string[] {
  const names: string[] = [];
  for (const b of node.spec.outputs) {
    const name = argName(b);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

export type Updates = { ok: true; updates: Record<string, unknown> } | { ok: false; message: string };

/** Output name → the "id.prop" it sets, or (ALL) the keys of its components in order: what a background job keeps to map its result. */
export type OutputTargets = Readonly<Record<string, string | readonly string[]>>;

export function outputTargets(node: Node): OutputTargets {
  const arrays = new Set(node.outputArrays);
  const targets: Record<string, string | string[]> = {};
  for (const name of arrays) targets[name] = [];
  for (const b of node.spec.outputs) {
    const name = argName(b);
    if (arrays.has(name)) (targets[name] as string[]).push(propKey(b));
    else targets[name] = propKey(b);
  }
  return targets;
}

/**
 * "id.prop" → value from a result's outputs keyed by name (an output left unchanged is absent):
 * an ALL output's array gives its i-th value to its i-th component; its length must match.
 */
export function updatesOf(node: Node, outputs: Readonly<Record<string, unknown>>): Updates {
  if (node.outputArrays.length === 0) {
    const updates: Record<string, unknown> = {};
    for (const b of node.spec.outputs) {
      const name = argName(b);
      if (Object.hasOwn(outputs, name)) updates[propKey(b)] = outputs[name];
    }
    return { ok: true, updates };
  }
  return updatesByTargets(outputTargets(node), outputs);
}

/** updatesOf, from the targets outputTargets gave (a background job's result, later). */
export function updatesByTargets(targets: OutputTargets, outputs: Readonly<Record<string, unknown>>): Updates {
  const updates: Record<string, unknown> = {};
  for (const [name, target] of Object.entries(targets)) {
    if (!Object.hasOwn(outputs, name)) continue;
    const value = outputs[name];
    if (typeof target === 'string') {
      updates[target] = value;
      continue;
    }
    if (!Array.isArray(value) || value.length !== target.length) {
      return { ok: false, message: `output "${name}" (ALL) takes an array with one value per matching component (${target.length}); the callback returned ${Array.isArray(value) ? `${value.length} values` : 'something else'}` };
    }
    target.forEach((key, i) => {
      updates[key] = value[i];
    });
  }
  return { ok: true, updates };
}
