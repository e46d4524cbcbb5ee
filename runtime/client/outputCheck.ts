import type { DependencyGraph } from '../graph';
import type { Catalog } from '../schema/catalog';
import { splitPropKey } from '../schema/project';
import type { AppSpec } from '../contracts/spec';

/** Why a callback's output was not applied: a value its prop's schema rejects. */
export interface RejectedOutput {
  key: string;
  /** The callback that wrote it, as far as the graph knows ("?" for several writers). */
  callback: string;
  message: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  if (t === 'string') {
    const text = value as string;
    return `the string ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`;
  }
  return t === 'object' ? 'an object' : `the ${t} ${String(value)}`;
}

/**
 * Checks values callbacks write against the props' schemas before the page takes them, so a
 * component never receives what its view cannot show (a string for `checklist.value`): the
 * prop keeps its last good value and the error names the callback and the prop.
 */
export function createOutputCheck(
  spec: AppSpec,
  catalog: Catalog,
  graph: DependencyGraph,
): (key: string, value: unknown, props?: Readonly<Record<string, unknown>>) => RejectedOutput | null {
  const byId = new Map(spec.components.map((c) => [c.id, c]));
  /** `props`: the component's props as they will be (with the same update's other props), for props whose schema depends on them. */
  return (key, value, props) => {
    const parts = splitPropKey(key);
    const component = parts ? byId.get(parts.id) : undefined;
    const info = component ? catalog.get(component.type) : undefined;
    const current = props ?? component?.props;
    const schema = parts && info ? info.propSchema(parts.prop, current) : undefined;
    if (!parts || !info || !schema) return null; // named values and unknown props are not the page's to check
    const result = schema.safeParse(value);
    if (result.success) return null;
    const issue = result.error.issues[0];
    const where = issue && issue.path.length ? ` (at ${issue.path.join('.')})` : '';
    return {
      key,
      callback: graph.producer.get(key) ?? '?',
      message: `returned ${describe(value)} for ${key}, which takes ${info.propTsType(parts.prop, current)}${issue ? `: ${issue.message}${where}` : ''}; ${parts.id} keeps its last value`,
    };
  };
}
