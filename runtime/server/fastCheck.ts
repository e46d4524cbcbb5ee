import type { z } from 'zod';

/** A quick test of a value against a prop's schema: true only where the schema surely accepts it. */
export type FastCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: unknown[];
  innerType?: Schema;
  entries?: Record<string, unknown>;
}
interface Schema {
  _zod: { def: Def };
}

/**
 * For the simple schemas most props have (a number, a string, a boolean, an enum, wrapped in
 * default/optional/nullable, without refinements), a plain JavaScript test that says true only
 * for values the schema accepts; undefined for anything else. The update path runs it per
 * request instead of zod, and falls back to zod (for its message) when it says false.
 */
export function fastCheckOf(schema: z.ZodType): FastCheck | undefined {
  return build(schema as unknown as Schema, 0);
}

function build(schema: Schema | undefined, depth: number): FastCheck | undefined {
  const def = schema?._zod?.def;
  if (!def || depth > 8) return undefined;
  if (def.checks && def.checks.length > 0) return undefined;
  switch (def.type) {
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'string':
      return (v) => typeof v === 'string';
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => (typeof v === 'string' || typeof v === 'number') && values.has(v);
    }
    case 'default':
    case 'optional': {
      const inner = build(def.innerType, depth + 1);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'nullable': {
      const inner = build(def.innerType, depth + 1);
      return inner && ((v) => v === null || inner(v));
    }
    default:
      return undefined;
  }
}
