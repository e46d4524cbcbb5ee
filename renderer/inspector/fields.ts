import type { z } from 'zod';
import type { ComponentDefinition, InspectorHint } from '../../runtime/components/define';
import { formatPath } from '../../runtime/schema';

export type FieldKind = 'text' | 'multiline' | 'number' | 'boolean' | 'select' | 'scalar' | 'json';

/** One editable prop in the inspector, derived from the type's zod schema and its hints. */
export interface InspectorField {
  prop: string;
  label: string;
  kind: FieldKind;
  /** Choices of a select. */
  options?: readonly string[];
  help?: string;
  nullable: boolean;
  /** Can be a callback input (changed by the user in the running app). */
  input: boolean;
  defaultValue: unknown;
  /** The prop's full schema, to validate what the user typed. */
  schema: z.ZodType;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;
const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'catch', 'readonly', 'nonoptional']);
const SCALARS = new Set(['string', 'number', 'boolean', 'literal', 'enum']);

/** Strip default/optional/nullable wrappers; say whether null is allowed on the way. */
export function unwrap(schema: z.ZodType): { base: z.ZodType; nullable: boolean } {
  let base = schema;
  let nullable = false;
  for (let def = defOf(base); WRAPPERS.has(def.type) && def.innerType; def = defOf(base)) {
    if (def.type === 'nullable') nullable = true;
    base = def.innerType;
  }
  return { base, nullable };
}

function literalChoices(schema: z.ZodType): string[] | null {
  const def = defOf(schema);
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String);
  if (def.type === 'literal' && def.values) return def.values.map(String);
  if (def.type === 'union' && def.options) {
    const all = def.options.map(literalChoices);
    return all.every((c): c is string[] => c !== null) ? all.flat() : null;
  }
  return null;
}

/** The editor a schema gets when no hint says otherwise. */
export function kindOf(schema: z.ZodType): { kind: FieldKind; options?: string[]; nullable: boolean } {
  const { base, nullable } = unwrap(schema);
  const def = defOf(base);
  const choices = literalChoices(base);
  if (choices) return { kind: 'select', options: choices, nullable };
  switch (def.type) {
    case 'string':
      return { kind: 'text', nullable };
    case 'number':
    case 'int':
      return { kind: 'number', nullable };
    case 'boolean':
      return { kind: 'boolean', nullable };
    case 'union':
      if (def.options?.every((o) => SCALARS.has(defOf(unwrap(o).base).type))) return { kind: 'scalar', nullable };
      return { kind: 'json', nullable };
    default:
      return { kind: 'json', nullable };
  }
}

function humanize(prop: string): string {
  return prop.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

const fieldCache = new WeakMap<ComponentDefinition, InspectorField[]>();

/** The inspector fields of a component type, in schema order; hidden props left out (cached per model). */
export function inspectorFields(model: ComponentDefinition): InspectorField[] {
  let fields = fieldCache.get(model);
  if (!fields) {
    fields = deriveFields(model);
    fieldCache.set(model, fields);
  }
  return fields;
}

function deriveFields(model: ComponentDefinition): InspectorField[] {
  const shape = model.props.shape as Record<string, z.ZodType>;
  const defaults = model.props.parse({}) as Record<string, unknown>;
  const hints = (model.inspector ?? {}) as Readonly<Record<string, InspectorHint | undefined>>;
  const fields: InspectorField[] = [];
  for (const [prop, schema] of Object.entries(shape)) {
    const hint = hints[prop];
    if (hint?.hidden) continue;
    const derived = kindOf(schema);
    const kind: FieldKind = hint?.editor ?? derived.kind;
    const options = hint?.options ?? derived.options;
    const field: InspectorField = {
      prop,
      label: hint?.label ?? humanize(prop),
      kind: kind === 'select' && !options ? 'text' : kind,
      nullable: derived.nullable,
      input: model.inputs.includes(prop),
      defaultValue: defaults[prop],
      schema,
    };
    if (options && field.kind === 'select') field.options = options;
    if (hint?.help) field.help = hint.help;
    fields.push(field);
  }
  return fields;
}

export type ParsedInput = { ok: true; value: unknown } | { ok: false; error: string };

function check(field: InspectorField, value: unknown): ParsedInput {
  const result = field.schema.safeParse(value);
  if (result.success) return { ok: true, value };
  const issue = result.error.issues[0];
  const where = issue.path.length ? `${formatPath(issue.path)}: ` : '';
  return { ok: false, error: `${where}${issue.message}` };
}

/** What a field's text means as a prop value, validated against the prop's schema. */
export function parseFieldText(field: InspectorField, text: string): ParsedInput {
  switch (field.kind) {
    case 'number': {
      if (text.trim() === '') return field.nullable ? { ok: true, value: null } : { ok: false, error: 'a number is needed' };
      const n = Number(text);
      return Number.isFinite(n) ? check(field, n) : { ok: false, error: 'not a number' };
    }
    case 'scalar': {
      if (text === '') {
        if (field.defaultValue === null) return { ok: true, value: null };
        const empty = check(field, '');
        return empty.ok || !field.nullable ? empty : { ok: true, value: null };
      }
      const n = Number(text);
      if (text.trim() !== '' && Number.isFinite(n) && field.schema.safeParse(n).success) return { ok: true, value: n };
      return check(field, text);
    }
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        return { ok: false, error: `not valid JSON: ${(err as Error).message}` };
      }
      return check(field, value);
    }
    default:
      return check(field, text);
  }
}

/** How a prop value shows in a field's text box. */
export function formatFieldValue(field: InspectorField, value: unknown): string {
  if (field.kind === 'json') return JSON.stringify(value ?? field.defaultValue ?? null, null, 2);
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}
