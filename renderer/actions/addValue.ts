import { editor } from '../state/editorStore';
import { takenIds, uniqueId } from '../state/ids';

/**
 * Add a named value (DESIGN §2 `values`): a callback may output to `<id>.value` and others take
 * it as an input. The id is made unique if taken. Returns the id used, and shows it.
 */
export function addValue(base = 'value'): string {
  const s = editor();
  const id = uniqueId(base, takenIds(s.project));
  s.commit(`Add value ${id}`, (doc) => ({ ...doc, project: { ...doc.project, values: [...doc.project.values, { id }] } }));
  editor().setBottomTab('callbacks');
  editor().setActiveValue(id);
  return id;
}
