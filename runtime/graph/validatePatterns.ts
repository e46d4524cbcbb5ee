import type { Catalog } from '../schema/catalog';
import type { Problem } from '../schema/problems';

type Target = NonNullable<Problem['target']>;
import { WILDCARDS, type Binding, type Project, type Wildcard } from '../schema/project';

const isWildcard = (index: unknown): index is Wildcard => (WILDCARDS as readonly unknown[]).includes(index);

/**
 * Pattern ids and pattern bindings (DESIGN §4b): a binding's pattern type is carried by some
 * component (a repeat template child counts) whose type has the prop; MATCH in an output or an
 * ALLSMALLER needs a MATCH input; ALLSMALLER is only read; two components may not share one pattern id.
 */
export function checkPatterns(project: Project, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const typesOf = new Map<string, Set<string>>();
  const seen = new Map<string, string>();
  project.components.forEach((c, i) => {
    if (!c.pattern) return;
    typesOf.set(c.pattern.type, (typesOf.get(c.pattern.type) ?? new Set()).add(c.type));
    if (c.pattern.index === undefined) return;
    const key = `${c.pattern.type}\u0000${String(c.pattern.index)}`;
    const first = seen.get(key);
    if (first) problems.push(problem(`components[${i}].pattern`, 'duplicate-pattern', `${c.id}: pattern ${c.pattern.type}[${String(c.pattern.index)}] is already ${first}'s`, { kind: 'component', id: c.id }));
    else seen.set(key, c.id);
  });
  project.callbacks.forEach((cb, i) => {
    const target: Target = { kind: 'callback', id: cb.id };
    const hasMatchInput = cb.inputs.some((b) => b.pattern?.index === 'MATCH');
    const check = (b: Binding, role: 'inputs' | 'state' | 'outputs', j: number): void => {
      if (!b.pattern) return;
      const path = `callbacks[${i}].${role}[${j}].pattern`;
      const { type, index } = b.pattern;
      const types = typesOf.get(type);
      if (!types) {
        problems.push(problem(path, 'unknown-pattern', `${cb.id}: no component has the pattern type "${type}"`, target));
        return;
      }
      const lacking = [...types].filter((t) => catalog.get(t) && !catalog.get(t)!.props.includes(b.prop));
      if (lacking.length > 0) problems.push(problem(`callbacks[${i}].${role}[${j}].prop`, 'unknown-prop', `${cb.id}: ${lacking.join(', ')} (pattern "${type}") has no prop "${b.prop}"`, target));
      if (!isWildcard(index)) return;
      if (index === 'ALLSMALLER' && role === 'outputs') problems.push(problem(path, 'bad-wildcard', `${cb.id}: ALLSMALLER can only be read (inputs or state), not written`, target));
      if ((index === 'ALLSMALLER' || (index === 'MATCH' && role !== 'inputs')) && !hasMatchInput) {
        problems.push(problem(path, 'bad-wildcard', `${cb.id}: ${index} in ${role} needs a MATCH input to know which index it means`, target));
      }
    };
    cb.inputs.forEach((b, j) => check(b, 'inputs', j));
    cb.state.forEach((b, j) => check(b, 'state', j));
    cb.outputs.forEach((b, j) => check(b, 'outputs', j));
  });
  return problems;
}

function problem(path: string, code: string, message: string, target: Target): Problem {
  return { path, code, message, severity: 'error', target };
}
