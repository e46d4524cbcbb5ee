import type { z } from 'zod';
import type { Catalog, ComponentTypeInfo } from '../schema/catalog';
import type { ComponentModel } from './model';
import { componentModels } from './models';

function typeInfo(model: ComponentModel): ComponentTypeInfo {
  const shape = model.props.shape as Record<string, z.ZodType>;
  const tsTypes = model.tsTypes as Record<string, string>;
  return {
    type: model.type,
    props: Object.keys(shape),
    inputProps: model.inputProps,
    propsSchema: model.props as unknown as z.ZodType<Record<string, unknown>>,
    propSchema: (prop) => shape[prop],
    propTsType: (prop) => tsTypes[prop] ?? 'unknown',
  };
}

/** The catalogue the graph, the server and the CLI use: no React inside. */
export function createCatalog(models: readonly ComponentModel[] = componentModels): Catalog {
  return new Map(models.map((m) => [m.type, typeInfo(m)]));
}

/** A component's props with the type's defaults filled in (unknown props kept as-is). */
export function withDefaults(model: ComponentModel, props: Record<string, unknown>): Record<string, unknown> {
  const parsed = model.props.safeParse(props);
  return parsed.success ? { ...props, ...(parsed.data as Record<string, unknown>) } : { ...defaultsOf(model), ...props };
}

export function defaultsOf(model: ComponentModel): Record<string, unknown> {
  return model.props.parse({}) as Record<string, unknown>;
}
