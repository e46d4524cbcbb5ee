import type { ReactElement } from 'react';
import { z } from 'zod';
import type { ComponentDefinition, ViewProps } from './define';

/**
 * Checks what a project component module exports (its default export, made with
 * defineComponent) before a registry lists it; the message says what is wrong.
 */
export function checkProjectDefinition(type: string, moduleValue: unknown): { ok: true; definition: ComponentDefinition } | { ok: false; message: string } {
  const exported = (moduleValue as { default?: unknown } | null)?.default;
  const fail = (message: string) => ({ ok: false as const, message: `components/${type}/index.tsx: ${message}` });
  if (typeof exported !== 'object' || exported === null) return fail('its default export must be defineComponent({...}) from "dashwright/component"');
  const d = exported as Record<string, unknown>;
  if (d.type !== type) return fail(`its type is ${JSON.stringify(d.type)}, but it must be the folder's name, "${type}"`);
  if (typeof d.label !== 'string' || d.label === '') return fail('it needs a label (the palette entry)');
  const size = d.size as { w?: unknown; h?: unknown } | undefined;
  if (!size || !isCells(size.w) || !isCells(size.h)) return fail('size must be { w, h } in whole grid cells, at least 1');
  if (!(d.props instanceof z.ZodObject)) return fail('props must be a z.object({...}) made with the z of "dashwright/component"');
  if (typeof d.View !== 'function') return fail('it needs a View function that renders the component');
  const shape = d.props.shape as Record<string, unknown>;
  const inputs = d.inputs ?? [];
  if (!Array.isArray(inputs) || inputs.some((i) => typeof i !== 'string' || !Object.hasOwn(shape, i))) {
    return fail(`inputs must list props of its schema (${Object.keys(shape).join(', ') || 'none'})`);
  }
  const defaults = d.props.safeParse({});
  if (!defaults.success) return fail(`every prop needs a default (.default(...)): ${defaults.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  // Project components sit in the palette's Project group, whatever they say.
  return { ok: true, definition: { ...(exported as ComponentDefinition), inputs: inputs as string[], group: 'Project' } };
}

function isCells(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 48;
}

/** Stands in for a project component that does not compile or load: an error card in its place. */
export function brokenDefinition(type: string, message: string): ComponentDefinition {
  function BrokenView({ id }: ViewProps<Record<string, unknown>>): ReactElement {
    return (
      <div className="dw-component-error" role="alert">
        <strong>{type}</strong> ({id}) cannot be shown
        <span className="dw-component-error-detail">{message}</span>
      </div>
    );
  }
  return { type, label: type, group: 'Project', description: message, size: { w: 3, h: 2 }, props: z.looseObject({}), inputs: [], View: BrokenView };
}
