import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { builtinComponents, builtinRegistry } from './builtins';
import { defineComponent } from './define';
import { createComponentRegistry } from './registry';
import { tsNamed, tsTypeOf } from './tsType';

describe('component registry', () => {
  it('lists every type folder once, and every folder is listed', () => {
    const here = path.dirname(new URL(import.meta.url).pathname);
    const folders = readdirSync(here).filter((name) => statSync(path.join(here, name)).isDirectory() && name !== 'shared' && name !== 'node');
    expect(builtinComponents.map((d) => d.type).sort()).toEqual(folders.sort());
  });

  it('refuses a type defined twice', () => {
    expect(() => createComponentRegistry([...builtinComponents, builtinComponents[0]!])).toThrow(/defined twice/);
  });

  it('gives a view props its schema accepts: a prop the schema rejects falls back to its default', () => {
    expect(builtinRegistry.withDefaults('slider', { value: 'seven', max: 20, extra: 1 })).toMatchObject({ value: 5, max: 20, min: 0, extra: 1 });
    expect(builtinRegistry.withDefaults('nope', { a: 1 })).toEqual({ a: 1 });
    const d = builtinRegistry.defaults('dropdown');
    (d.options as unknown[]).push('mutated');
    expect(builtinRegistry.defaults('dropdown').options).toHaveLength(3);
  });

  it('derives the callback types from the schemas, named types declared once', () => {
    const info = builtinRegistry.catalog.get('graph')!;
    expect(info.propTsType('figure')).toBe('Figure');
    expect(info.propTsType('clickData')).toBe('PlotEvent | null');
    expect(info.tsDeclarations.get('Figure')).toBe('{ data?: Array<Record<string, unknown>>; layout?: Record<string, unknown>; config?: Record<string, unknown> }');
    expect(builtinRegistry.catalog.get('slider')!.propTsType('updatemode')).toBe('"drag" | "mouseup"');
    expect(builtinRegistry.catalog.get('slider')!.inputProps).toEqual(['value', 'dragValue']);
  });

  it('a project-style definition plugs into a registry of its own', () => {
    const gauge = defineComponent({
      type: 'gauge',
      label: 'Gauge',
      size: { w: 3, h: 3 },
      props: z.object({ value: z.number().default(0), max: z.number().default(100) }),
      inputs: ['value'],
      View: ({ props }) => (props.value > props.max ? null : null),
    });
    const registry = createComponentRegistry([...builtinComponents, gauge]);
    expect(registry.catalog.get('gauge')!.propTsType('max')).toBe('number');
    expect(builtinRegistry.get('gauge')).toBeUndefined();
  });
});

describe('tsTypeOf', () => {
  it('prints zod schemas as TypeScript', () => {
    expect(tsTypeOf(z.object({ a: z.string(), 'b-c': z.number().optional(), d: z.boolean().default(false) }))).toBe('{ a: string; "b-c"?: number; d?: boolean }');
    expect(tsTypeOf(z.tuple([z.number(), z.number()]))).toBe('[number, number]');
    expect(tsTypeOf(z.array(z.union([z.literal('x'), z.null()])))).toBe('Array<"x" | null>');
    expect(tsTypeOf(z.intersection(z.union([z.string(), z.number()]), z.string()))).toBe('(string | number) & string');
    expect(tsTypeOf(z.record(z.string(), z.unknown()))).toBe('Record<string, unknown>');
  });

  it('names a registered schema and collects its declaration', () => {
    const point = tsNamed(z.object({ x: z.number() }), 'Point');
    const decls = new Map<string, string>();
    expect(tsTypeOf(z.array(point).nullable(), decls)).toBe('Array<Point> | null');
    expect(decls.get('Point')).toBe('{ x: number }');
  });
});
