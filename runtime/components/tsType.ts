import { z } from 'zod';

/**
 * TypeScript text of a zod schema, for the callback types Monaco and `validate` check (the
 * schema is the only place a prop's type is written). A schema registered with `tsNamed`
 * prints as its name, and its declaration is collected so the generated types can declare it.
 */

const names = z.registry<{ tsName: string }>();

/** Prints `schema` as `name` in generated types (e.g. a Plotly figure as `Figure`). */
export function tsNamed<T extends z.ZodType>(schema: T, name: string): T {
  names.add(schema, { tsName: name });
  return schema;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (name: string): string => (IDENT.test(name) ? name : JSON.stringify(name));

/** Keys a caller may leave out of an object: optional, or with a default. */
function omittable(schema: z.ZodType): boolean {
  const t = defOf(schema).type;
  return t === 'optional' || t === 'default' || t === 'prefault';
}

/** Whether `text` has a `|` or `&` outside brackets and strings (then it needs parentheses in an intersection). */
function compound(text: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if ('{[(<'.includes(c)) depth++;
    else if ('}])>'.includes(c)) depth--;
    else if (depth === 0 && (c === '|' || c === '&')) return true;
  }
  return false;
}

const group = (text: string): string => (compound(text) ? `(${text})` : text);

function union(parts: string[]): string {
  const unique = [...new Set(parts)];
  return unique.length === 0 ? 'never' : unique.join(' | ');
}

const texts = z.registry<{ tsText: string }>();

/** Prints `schema` as the TypeScript text `text`: for a `z.custom` check, whose type the schema cannot show. */
export function tsAs<T extends z.ZodType>(schema: T, text: string): T {
  texts.add(schema, { tsText: text });
  return schema;
}

/** Declarations of the named types met while printing: name → TypeScript text. */
export type TsDeclarations = Map<string, string>;

/** The TypeScript type text of `schema`; named types go into `declarations`. */
export function tsTypeOf(schema: z.ZodType, declarations: TsDeclarations = new Map()): string {
  const text = texts.get(schema)?.tsText;
  if (text) return text;
  const named = names.get(schema)?.tsName;
  if (!named) return body(schema, declarations);
  if (!declarations.has(named)) {
    declarations.set(named, 'unknown'); // a recursive reference meets the name, not a loop
    declarations.set(named, body(schema, declarations));
  }
  return named;
}

function body(schema: z.ZodType, declarations: TsDeclarations): string {
  const next = (s: z.ZodType): string => tsTypeOf(s, declarations);
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'bigint':
      return 'bigint';
    case 'null':
      return 'null';
    case 'undefined':
    case 'void':
      return 'undefined';
    case 'never':
      return 'never';
    case 'date':
      return 'Date';
    case 'literal':
      return union((def.values ?? []).map((v) => (v === undefined ? 'undefined' : JSON.stringify(v))));
    case 'enum':
      return union(Object.values(def.entries ?? {}).map((v) => JSON.stringify(v)));
    case 'nullable':
      return union([next(def.innerType!), 'null']);
    case 'optional':
      return union([next(def.innerType!), 'undefined']);
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return next(def.innerType!);
    case 'pipe':
      return next(def.out!);
    case 'lazy':
      return next(def.getter!());
    case 'array':
      return `Array<${next(def.element!)}>`;
    case 'tuple': {
      const items = (def.items ?? []).map(next);
      if (def.rest) items.push(`...Array<${next(def.rest)}>`);
      return `[${items.join(', ')}]`;
    }
    case 'record':
      return `Record<${next(def.keyType!)}, ${next(def.valueType!)}>`;
    case 'union':
      return union((def.options ?? []).map(next)); // a union in a union needs no parentheses
    case 'intersection':
      return `${group(next(def.left!))} & ${group(next(def.right!))}`;
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([name, s]) => {
        const inner = omittable(s) ? defOf(s).innerType! : s;
        return `${key(name)}${omittable(s) ? '?' : ''}: ${next(inner)}`;
      });
      const extra = def.catchall && defOf(def.catchall).type !== 'never' ? [`[key: string]: ${next(def.catchall)}`] : [];
      const all = [...fields, ...extra];
      return all.length ? `{ ${all.join('; ')} }` : 'Record<string, never>';
    }
    default:
      return 'unknown';
  }
}
