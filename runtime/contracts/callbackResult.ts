import { NotJsonSafeError, toJsonSafe } from './jsonSafe';

/**
 * What a callback's return value sets (DESIGN §2), the same wherever it runs (server worker or
 * page): one output → the value itself; several → an object keyed by the outputs' `as` names,
 * where a missing key or noUpdate leaves that output unchanged. Values are made JSON-safe, so a
 * Date becomes its ISO string in the browser just as it does over the wire.
 */
export class ResultShapeError extends Error {}

export { NotJsonSafeError, toJsonSafe };

/** Output `as` name → value to set. Throws ResultShapeError or NotJsonSafeError with a message for the user. */
export function outputsOf(result: unknown, names: readonly string[], isNoUpdate: (value: unknown) => boolean): Record<string, unknown> {
  if (isNoUpdate(result)) return {};
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

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
