/** Thrown when a callback returns something the wire protocol (JSON) cannot carry. */
export class NotJsonSafeError extends Error {}

/**
 * A JSON-safe copy of a callback result, following JSON.stringify's conventions (toJSON is
 * honoured, so Dates become ISO strings; undefined properties are dropped) but refusing values
 * JSON would silently mangle: functions, symbols, bigints, Maps, Sets, circular references, and
 * an output that is NaN or ±Infinity (JSON would send null; inside arrays and objects they do
 * become null, as Plotly's encoder makes them, so a chart shows a gap). Typed arrays become
 * plain arrays.
 */
export function toJsonSafe(value: unknown, path: string): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // A whole output that JSON would turn into null, silently: say so, as for a bigint.
    throw new NotJsonSafeError(`${path} is ${value}, which JSON cannot carry (it would arrive as null); return null or a string if that is what you mean`);
  }
  return copy(value, path, new Set());
}

function copy(value: unknown, path: string, open: Set<object>): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // Inside data (a figure's y values), null is how JSON and Plotly mark a gap.
      return Number.isFinite(value) ? value : null;
    case 'undefined':
      return undefined;
    case 'bigint':
      throw new NotJsonSafeError(`${path} is a bigint, which JSON cannot carry; convert it with Number() or String()`);
    case 'function':
    case 'symbol':
      throw new NotJsonSafeError(`${path} is a ${typeof value}, which cannot be sent to the page`);
  }
  if (value === null) return null;
  const obj = value as object;
  if (open.has(obj)) throw new NotJsonSafeError(`${path} refers back to itself (circular structure)`);
  const toJSON = (obj as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return copy((toJSON as (key: string) => unknown).call(obj, ''), path, open);
  if (obj instanceof Map || obj instanceof Set) {
    const hint = obj instanceof Map ? 'Object.fromEntries(map)' : 'Array.from(set)';
    throw new NotJsonSafeError(`${path} is a ${obj instanceof Map ? 'Map' : 'Set'}; convert it with ${hint}`);
  }
  open.add(obj);
  try {
    if (ArrayBuffer.isView(obj)) {
      const items = Array.from(obj as unknown as ArrayLike<unknown>);
      return items.map((item, i) => copy(item, `${path}[${i}]`, open));
    }
    if (Array.isArray(obj)) {
      return obj.map((item, i) => {
        const out = copy(item, `${path}[${i}]`, open);
        return out === undefined ? null : out;
      });
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(obj)) {
      const itemCopy = copy(item, `${path}.${key}`, open);
      if (itemCopy !== undefined) out[key] = itemCopy;
    }
    return out;
  } finally {
    open.delete(obj);
  }
}
