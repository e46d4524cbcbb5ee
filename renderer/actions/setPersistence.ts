import type { ComponentInstance } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { mapComponents } from '../state/docOps';

export type Persistence = ComponentInstance['persistence'];

/** Keep an input component's user-set values across reloads ("local", "session") or not (undefined): the inspector's Remember field. */
export function setPersistence(id: string, persistence: Persistence): boolean {
  const how = persistence === undefined ? 'not kept' : persistence === 'local' ? 'kept in this browser' : 'kept for the tab';
  return editor().commit(`${id}: values ${how}`, (doc) =>
    mapComponents(doc, (c) => {
      if (c.id !== id || c.persistence === persistence) return c;
      const { persistence: _old, ...rest } = c;
      return persistence === undefined ? rest : { ...rest, persistence };
    }),
  );
}
