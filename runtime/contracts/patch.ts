import { z } from 'zod';

/**
 * Partial updates (DESIGN §4b, Dash's Patch): `ctx.patch()` builds a list of operations on a
 * prop's current value, and only the operations travel. One implementation, used by the page
 * (its props), the server (named values, and a patched prop a later callback of the cascade
 * reads) and the page's callback worker.
 *
 * Wire form (DESIGN §4): an update value `{ "$patch": [op, …] }`, each op
 * `{ "op": "append", "path": ["data", 0, "x"], "value": 5 }` (`index` for insert). An object
 * whose only key is `$patch` holding such a list is always read as a patch.
 */

export const PATCH_OPS = ['append', 'prepend', 'insert', 'extend', 'remove', 'clear', 'reverse', 'assign', 'merge', 'delete'] as const;
export type PatchOpName = (typeof PATCH_OPS)[number];

/** Keys (into objects) and indices (into lists, negative from the end); [] is the whole prop. */
export type PatchPath = ReadonlyArray<string | number>;

export const patchOpSchema = z.looseObject({
  op: z.enum(PATCH_OPS),
  path: z.array(z.union([z.string(), z.number().int()])),
  /** insert: where (negative from the end; past either end: at that end, as Python's list.insert). */
  index: z.number().int().optional(),
  /** append, prepend, insert, remove, assign: the item; extend: a list; merge: an object. */
  value: z.unknown().optional(),
});
export type PatchOp = z.infer<typeof patchOpSchema>;

export const patchUpdateSchema = z.object({ $patch: z.array(patchOpSchema) });
export type PatchUpdate = z.infer<typeof patchUpdateSchema>;

/** Thrown when an operation does not fit the value it applies to (appending to a string…). */
export class PatchError extends Error {}

/** Whether an update value is a patch (its wire form): an object whose only key is `$patch`, a list of valid operations. */
export function isPatchUpdate(value: unknown): value is PatchUpdate {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ops = (value as { $patch?: unknown }).$patch;
  if (!Array.isArray(ops)) return false;
  for (const key in value) if (key !== '$patch') return false;
  return patchUpdateSchema.safeParse(value).success;
}

function checkPath(op: string, path: unknown): (string | number)[] {
  if (!Array.isArray(path) || !path.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isInteger(k)))) {
    throw new TypeError(`ctx.patch().${op}: the path must be an array of keys and integer indices ([] for the whole prop)`);
  }
  return [...(path as (string | number)[])];
}

/** What ctx.patch() returns: chainable operations; JSON.stringify (and so the wire) sees only `{ $patch: ops }`. */
export class Patch {
  readonly ops: PatchOp[] = [];

  private add(op: PatchOpName, path: unknown, extra: { value?: unknown; index?: number } = {}): this {
    this.ops.push({ op, path: checkPath(op, path), ...extra });
    return this;
  }

  /** Adds `value` at the end of the list at `path`. */
  append(path: PatchPath, value: unknown): this {
    return this.add('append', path, { value });
  }
  /** Adds `value` at the start of the list at `path`. */
  prepend(path: PatchPath, value: unknown): this {
    return this.add('prepend', path, { value });
  }
  /** Inserts `value` before position `index` of the list at `path`. */
  insert(path: PatchPath, index: number, value: unknown): this {
    if (!Number.isInteger(index)) throw new TypeError('ctx.patch().insert: the index must be an integer');
    return this.add('insert', path, { index, value });
  }
  /** Adds every item of `values` at the end of the list at `path`. */
  extend(path: PatchPath, values: readonly unknown[]): this {
    if (!Array.isArray(values)) throw new TypeError('ctx.patch().extend: the values must be an array');
    return this.add('extend', path, { value: values });
  }
  /** Removes every item equal to `value` (deep equality) from the list at `path`. */
  remove(path: PatchPath, value: unknown): this {
    return this.add('remove', path, { value });
  }
  /** Empties the list (or object, or string) at `path`. */
  clear(path: PatchPath): this {
    return this.add('clear', path);
  }
  /** Reverses the list at `path`. */
  reverse(path: PatchPath): this {
    return this.add('reverse', path);
  }
  /** Sets the value at `path` (creating the objects and lists on the way). */
  assign(path: PatchPath, value: unknown): this {
    return this.add('assign', path, { value });
  }
  /** Merges the keys of `value` into the object at `path` (shallow). */
  merge(path: PatchPath, value: Readonly<Record<string, unknown>>): this {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('ctx.patch().merge: the value must be an object');
    return this.add('merge', path, { value });
  }
  /** Deletes the key or list item at `path` (not []). */
  delete(path: PatchPath): this {
    if (Array.isArray(path) && path.length === 0) throw new TypeError('ctx.patch().delete: the path names the key or index to delete; [] is the whole prop (assign([], null) empties it)');
    return this.add('delete', path);
  }

  toJSON(): PatchUpdate {
    return { $patch: this.ops };
  }
}

/** A patch's result on `current`, which is left as it is (only the containers along each path are copied). */
export function applyPatch(current: unknown, patch: PatchUpdate | readonly PatchOp[]): unknown {
  const ops = Array.isArray(patch) ? (patch as readonly PatchOp[]) : (patch as PatchUpdate).$patch;
  let value = current;
  for (const op of ops) value = applyOp(value, op);
  return value;
}

/**
 * Two updates of one prop in one answer, as one: a later plain value replaces; a patch after a
 * plain value is applied to it; two patches are one list of operations.
 */
export function mergeUpdate(earlier: unknown, later: unknown): unknown {
  if (!isPatchUpdate(later)) return later;
  if (isPatchUpdate(earlier)) return { $patch: [...earlier.$patch, ...later.$patch] };
  return applyPatch(earlier, later);
}

function where(path: PatchPath, upTo = path.length): string {
  const shown = path.slice(0, upTo).map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  return shown === '' ? 'the prop' : shown.slice(shown.startsWith('.') ? 1 : 0);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function indexIn(list: readonly unknown[], key: number, op: PatchOp, depth: number): number {
  const i = key < 0 ? list.length + key : key;
  if (i < 0 || i >= list.length) throw new PatchError(`${op.op}: index ${key} is outside the list at ${where(op.path, depth)} (length ${list.length})`);
  return i;
}

function applyOp(root: unknown, op: PatchOp): unknown {
  if (op.op === 'delete') {
    if (op.path.length === 0) throw new PatchError('delete: the path names the key or index to delete');
    return updateAt(root, op, 0, op.path.length - 1, (parent) => deleteIn(parent, op));
  }
  return updateAt(root, op, 0, op.path.length, (leaf) => leafOp(leaf, op));
}

/** `node` with the part at op.path[depth..end) replaced by fn of it; missing objects and lists on the way are created. */
function updateAt(node: unknown, op: PatchOp, depth: number, end: number, fn: (leaf: unknown) => unknown): unknown {
  if (depth === end) return fn(node);
  const key = op.path[depth]!;
  if (Array.isArray(node)) {
    if (typeof key !== 'number') throw new PatchError(`${op.op}: ${where(op.path, depth)} is a list, so "${key}" cannot index it`);
    const i = indexIn(node, key, op, depth);
    const copy = node.slice();
    copy[i] = updateAt(node[i], op, depth + 1, end, fn);
    return copy;
  }
  if (isRecord(node)) return { ...node, [String(key)]: updateAt(node[String(key)], op, depth + 1, end, fn) };
  if (node === undefined || node === null) {
    if (typeof key === 'number') throw new PatchError(`${op.op}: there is no list at ${where(op.path, depth)} to index with ${key}`);
    return { [key]: updateAt(undefined, op, depth + 1, end, fn) };
  }
  throw new PatchError(`${op.op}: ${where(op.path, depth)} is ${kind(node)}, which has no "${String(key)}"`);
}

function listAt(leaf: unknown, op: PatchOp): unknown[] {
  if (Array.isArray(leaf)) return leaf;
  if (leaf === undefined || leaf === null) return [];
  throw new PatchError(`${op.op}: ${where(op.path)} is ${kind(leaf)}, not a list`);
}

function leafOp(leaf: unknown, op: PatchOp): unknown {
  switch (op.op) {
    case 'append':
      return [...listAt(leaf, op), op.value];
    case 'prepend':
      return [op.value, ...listAt(leaf, op)];
    case 'insert': {
      const list = listAt(leaf, op);
      const raw = op.index ?? list.length;
      const i = Math.min(list.length, Math.max(0, raw < 0 ? list.length + raw : raw));
      return [...list.slice(0, i), op.value, ...list.slice(i)];
    }
    case 'extend':
      if (!Array.isArray(op.value)) throw new PatchError(`extend: the values for ${where(op.path)} must be a list`);
      return listAt(leaf, op).concat(op.value);
    case 'remove':
      return listAt(leaf, op).filter((item) => !deepEqual(item, op.value));
    case 'clear':
      if (Array.isArray(leaf)) return [];
      if (isRecord(leaf)) return {};
      if (typeof leaf === 'string') return '';
      if (leaf === undefined || leaf === null) return leaf;
      throw new PatchError(`clear: ${where(op.path)} is ${kind(leaf)}, which cannot be emptied`);
    case 'reverse':
      return listAt(leaf, op).slice().reverse();
    case 'assign':
      return op.value;
    case 'merge':
      if (!isRecord(op.value)) throw new PatchError(`merge: the value for ${where(op.path)} must be an object`);
      if (leaf !== undefined && leaf !== null && !isRecord(leaf)) throw new PatchError(`merge: ${where(op.path)} is ${kind(leaf)}, not an object`);
      return { ...(leaf ?? {}), ...op.value };
    case 'delete':
      return leaf;
  }
}

function deleteIn(parent: unknown, op: PatchOp): unknown {
  const key = op.path[op.path.length - 1]!;
  if (Array.isArray(parent)) {
    if (typeof key !== 'number') throw new PatchError(`delete: ${where(op.path, op.path.length - 1)} is a list, so "${key}" cannot index it`);
    const i = key < 0 ? parent.length + key : key;
    if (i < 0 || i >= parent.length) return parent;
    return [...parent.slice(0, i), ...parent.slice(i + 1)];
  }
  if (isRecord(parent)) {
    if (!Object.hasOwn(parent, String(key))) return parent;
    const copy = { ...parent };
    delete copy[String(key)];
    return copy;
  }
  return parent;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, i) => deepEqual(item, list[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
