import type { z } from 'zod';
import type { Catalog, ComponentTypeInfo } from '../schema/catalog';
import type { ComponentDefinition } from './define';
import { tsTypeOf, type TsDeclarations } from './tsType';

/**
 * The component types one app (or one editor window) knows: built-ins plus, later, the
 * project's own. Created per app from a list of definitions; nothing here is global.
 */
export interface ComponentRegistry {
  /** In palette order. */
  readonly definitions: readonly ComponentDefinition[];
  get(type: string): ComponentDefinition | undefined;
  /** What the graph, the server and the CLI need: no React inside. */
  readonly catalog: Catalog;
  /** A type's props with every default (an empty object for unknown types). */
  defaults(type: string): Record<string, unknown>;
  /**
   * `props` with the type's defaults filled in; a prop its schema rejects gets its default, so a
   * view always receives what its schema says. Props the type does not know are kept as they are.
   */
  withDefaults(type: string, props: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

function shapeOf(d: ComponentDefinition): Record<string, z.ZodType> {
  return d.props.shape as Record<string, z.ZodType>;
}

function typeInfo(d: ComponentDefinition, withDefaults: (props: Readonly<Record<string, unknown>>) => Record<string, unknown>): ComponentTypeInfo {
  const shape = shapeOf(d);
  const declarations: TsDeclarations = new Map();
  const tsTypes = new Map(Object.entries(shape).map(([prop, schema]) => [prop, tsTypeOf(schema, declarations)]));
  const general = (prop: string): z.ZodType | undefined => (Object.hasOwn(shape, prop) ? shape[prop] : undefined);
  const forInstance = (prop: string, props: Readonly<Record<string, unknown>> | undefined): z.ZodType | undefined =>
    props && d.instanceProps && general(prop) ? d.instanceProps(withDefaults(props))[prop] : undefined;
  return {
    type: d.type,
    props: Object.keys(shape),
    inputProps: d.inputs,
    propsSchema: d.props as unknown as z.ZodType<Record<string, unknown>>,
    propSchema: (prop, props) => forInstance(prop, props) ?? general(prop),
    propTsType: (prop, props) => {
      const refined = forInstance(prop, props);
      return refined ? tsTypeOf(refined, new Map(declarations)) : (tsTypes.get(prop) ?? 'unknown');
    },
    tsDeclarations: declarations,
    ...(d.slots ? { slots: (props: Readonly<Record<string, unknown>>) => d.slots!(withDefaults(props)) } : {}),
  };
}

export function createComponentRegistry(definitions: readonly ComponentDefinition[]): ComponentRegistry {
  const byType = new Map<string, ComponentDefinition>();
  for (const d of definitions) {
    if (byType.has(d.type)) throw new Error(`component type "${d.type}" is defined twice`);
    byType.set(d.type, d);
  }
  const defaultsCache = new Map<string, Readonly<Record<string, unknown>>>();
  const defaults = (type: string): Record<string, unknown> => {
    const d = byType.get(type);
    if (!d) return {};
    let found = defaultsCache.get(type);
    if (!found) {
      found = Object.freeze(d.props.parse({}) as Record<string, unknown>);
      defaultsCache.set(type, found);
    }
    return structuredClone(found) as Record<string, unknown>;
  };
  const withDefaults = (type: string, props: Readonly<Record<string, unknown>>): Record<string, unknown> => {
    const d = byType.get(type);
    if (!d) return { ...props };
    const whole = d.props.safeParse(props);
    if (whole.success) return { ...props, ...(whole.data as Record<string, unknown>) };
    const out: Record<string, unknown> = { ...props };
    const fallback = defaults(type);
    for (const [prop, schema] of Object.entries(shapeOf(d))) {
      const one = schema.safeParse(props[prop]);
      out[prop] = one.success ? one.data : fallback[prop];
    }
    return out;
  };
  const catalog: Catalog = new Map(definitions.map((d) => [d.type, typeInfo(d, (props) => withDefaults(d.type, props))]));
  return { definitions, get: (type) => byType.get(type), catalog, defaults, withDefaults };
}
