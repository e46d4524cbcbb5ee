import { FilePlus2 } from 'lucide-react';
import { builtinComponents } from '../../runtime/components/builtins';
import { COMPONENT_TYPE_PATTERN } from '../../runtime/schema/componentModules';
import { editor } from '../state/editorStore';
import type { DocSnapshot } from '../state/types';
import { defineAction, hasProject } from './types';

/** The file "New component…" writes: DESIGN §3b's form, ready to edit. */
export function starterComponentSource(type: string): string {
  const label = type.charAt(0).toUpperCase() + type.slice(1).replace(/[-_]+/g, ' ');
  return `import { defineComponent, z } from 'dashwright/component';

/** ${label}: a component of this project. Its props schema gives the inspector and the callback types. */
export default defineComponent({
  type: '${type}',
  label: '${label}',
  size: { w: 3, h: 3 },
  props: z.object({
    label: z.string().default('${label}'),
    value: z.number().default(0),
  }),
  // Props the user changes in the page: callbacks may take them as inputs.
  inputs: ['value'],
  View({ props, setProp }) {
    return (
      <button type="button" onClick={() => setProp('value', props.value + 1)} style={{ width: '100%', height: '100%' }}>
        {props.label}: {props.value}
      </button>
    );
  },
});
`;
}

/** Why `type` cannot name a new component, or null. */
export function componentTypeError(doc: DocSnapshot, type: string): string | null {
  if (!COMPONENT_TYPE_PATTERN.test(type)) return 'A component type starts with a letter and holds only letters, digits, "_" or "-".';
  if (builtinComponents.some((d) => d.type === type)) return `"${type}" is a built-in component type.`;
  if (Object.hasOwn(doc.components, type)) return `The project already has a component "${type}".`;
  return null;
}

/** The document with a new component folder (components/<type>/index.tsx holding the starter). */
export function withNewComponent(doc: DocSnapshot, type: string, source = starterComponentSource(type)): DocSnapshot {
  return { ...doc, components: { ...doc.components, [type]: source } };
}

/** Add a project component and open its source in the code panel. */
export function addProjectComponent(type: string): { ok: true } | { ok: false; error: string } {
  const s = editor();
  const error = componentTypeError(s, type);
  if (error) return { ok: false, error };
  s.commit(`New component ${type}`, (doc) => withNewComponent(doc, type));
  editor().setBottomTab('callbacks');
  editor().setActiveComponent(type);
  return { ok: true };
}

/** Replace the source of components/<type>/index.tsx. Typing bursts are one undo step. */
export function setComponentSource(type: string, source: string): boolean {
  return editor().commit(
    `Edit components/${type}/index.tsx`,
    (doc) => (doc.components[type] === source || !Object.hasOwn(doc.components, type) ? doc : { ...doc, components: { ...doc.components, [type]: source } }),
    { coalesce: `component:${type}` },
  );
}

export const newComponentAction = defineAction({
  name: 'newComponent',
  label: 'New component…',
  group: 'Edit',
  icon: FilePlus2,
  enabled: hasProject,
  run: () => {
    editor().setBottomTab('callbacks');
    editor().setNewComponentForm(true);
  },
});
