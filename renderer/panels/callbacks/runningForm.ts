import type { Project, RunningEntry } from '../../../runtime/schema';
import { componentTypes } from '../../state/componentTypes';

/** "id.prop" of every component prop a running entry may set. */
export function runningTargets(project: Project): string[] {
  const keys: string[] = [];
  for (const c of project.components) {
    const info = componentTypes().catalog.get(c.type);
    if (info) for (const prop of info.props) keys.push(`${c.id}.${prop}`);
  }
  return keys;
}

/** A running entry from the form's fields (on and off as JSON), or why it is not one. */
export function runningEntryOf(project: Project, key: string, onText: string, offText: string): { ok: true; entry: RunningEntry } | { ok: false; error: string } {
  const dot = key.indexOf('.');
  if (dot <= 0) return { ok: false, error: 'pick a component prop' };
  const id = key.slice(0, dot);
  const prop = key.slice(dot + 1);
  const values: unknown[] = [];
  for (const [side, text] of [['on', onText], ['off', offText]] as const) {
    try {
      values.push(JSON.parse(text));
    } catch {
      return { ok: false, error: `"${side}" is not JSON (a string needs quotes: "busy")` };
    }
  }
  const component = project.components.find((c) => c.id === id);
  const schema = component ? componentTypes().catalog.get(component.type)?.propSchema(prop, component.props) : undefined;
  for (const [i, side] of ['on', 'off'].entries()) {
    const parsed = schema?.safeParse(values[i]);
    if (parsed && !parsed.success) return { ok: false, error: `"${side}" does not fit ${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  }
  return { ok: true, entry: { id, prop, on: values[0], off: values[1] } };
}
