import { useMemo } from 'react';
import type { ComponentInstance } from '../../runtime/schema';
import { useEditor } from '../state/store';
import { useComponentTypes } from '../state/componentTypes';
import { inspectorFields } from './fields';
import { IdField } from './IdField';
import { LayoutField } from './LayoutField';
import { PlacementSection } from './PlacementSection';
import { PageFields } from './PageFields';
import { PatternField } from './PatternField';
import { PropField } from './PropField';
import { WiringSection } from './WiringSection';

/** Props of one component, generated from its type's zod schema and inspector hints. */
export function ComponentInspector({ component }: { component: ComponentInstance }) {
  const model = useComponentTypes().get(component.type);
  const fields = useMemo(() => (model ? inspectorFields(model) : []), [model]);
  const callbacks = useEditor((s) => s.project.callbacks);
  const writers = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const cb of callbacks) {
      for (const out of cb.outputs) {
        if (out.id === component.id) map.set(out.prop, [...(map.get(out.prop) ?? []), cb.id]);
      }
    }
    return map;
  }, [callbacks, component.id]);

  return (
    <div className="inspector-body">
      <h2 className="section-title">
        Inspector · {component.id} <span className="muted">({model?.label ?? component.type})</span>
      </h2>
      <IdField id={component.id} />
      <LayoutField component={component} />
      <PlacementSection component={component} />
      <PageFields component={component} />
      <PatternField key={`${component.id}:${JSON.stringify(component.pattern ?? null)}`} component={component} />
      {!model && <p className="field-error">Unknown component type "{component.type}": its props cannot be edited here.</p>}
      {fields.map((f) => (
        <PropField key={f.prop} componentId={component.id} field={f} value={component.props[f.prop] ?? f.defaultValue} setBy={writers.get(f.prop)} />
      ))}
      <WiringSection id={component.id} />
    </div>
  );
}
