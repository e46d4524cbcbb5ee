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

/**
 * "id.prop" → value from a result's outputs keyed by name (an output left unchanged is absent):
 * an ALL output's array gives its i-th value to its i-th component; its length must match.
 */
export function updatesOf(node: Node, outputs: Readonly<Record<string, unknown>>): Updates {
  const updates: Record<string, unknown> = {};
  if (node.outputArrays.length === 0) {
    for (const b of node.spec.outputs) {
      const name = argName(b);
      if (Object.hasOwn(outputs, name)) updates[propKey(b)] = outputs[name];
    }
    return { ok: true, updates };
  }
  const arrays = new Set(node.outputArrays);
  const targets = new Map<string, string[]>();
  for (const b of node.spec.outputs) {
    const name = argName(b);
    if (!Object.hasOwn(outputs, name)) continue;
    if (!arrays.has(name)) updates[propKey(b)] = outputs[name];
    else targets.set(name, [...(targets.get(name) ?? []), propKey(b)]);
  }
  for (const name of arrays) {
    if (!Object.hasOwn(outputs, name)) continue;
    const value = outputs[name];
    const keys = targets.get(name) ?? [];
    if (!Array.isArray(value) || value.length !== keys.length) {
      return { ok: false, message: `output "${name}" (ALL) takes an array with one value per matching component (${keys.length}); the callback returned ${Array.isArray(value) ? `${value.length} values` : 'something else'}` };
    }
    keys.forEach((key, i) => {
      updates[key] = value[i];
    });
  }
  return { ok: true, updates };
}
