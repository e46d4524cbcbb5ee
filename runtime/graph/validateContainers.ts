import type { Catalog } from '../schema/catalog';
import type { Problem } from '../schema/problems';
import type { Project } from '../schema/project';
import { inCycle } from '../schema/containers';
import { isBreakpoint } from '../schema/breakpoints';

/**
 * The component tree and per-breakpoint fields: a parent is a container of the project with
 * that slot, parents never loop, `hidden` names known breakpoints.
 */
export function checkContainers(project: Project, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(project.components.map((c) => [c.id, c]));
  project.components.forEach((c, i) => {
    const target = { kind: 'component' as const, id: c.id };
    for (const name of c.hidden ?? []) {
      if (!isBreakpoint(name)) {
        problems.push({ path: `components[${i}].hidden`, code: 'unknown-breakpoint', severity: 'warning', message: `${c.id}: hidden on "${name}", which is not a breakpoint (lg, md, sm, xs)`, target });
      }
    }
    if (!c.parent) return;
    const path = `components[${i}].parent`;
    const parent = byId.get(c.parent.id);
    if (!parent) {
      problems.push({ path: `${path}.id`, code: 'unknown-parent', severity: 'error', message: `${c.id}: parent "${c.parent.id}" is not a component of the project`, target });
      return;
    }
    const slots = catalog.get(parent.type)?.slots?.(parent.props);
    if (!slots) {
      problems.push({ path: `${path}.id`, code: 'parent-not-container', severity: 'error', message: `${c.id}: parent "${parent.id}" is a ${parent.type}, not a container (tabs or card)`, target });
      return;
    }
    if (!slots.includes(c.parent.slot)) {
      problems.push({ path: `${path}.slot`, code: 'unknown-slot', severity: 'error', message: `${c.id}: ${parent.id} has no slot "${c.parent.slot}" (its slots: ${slots.join(', ') || 'none'})`, target });
    }
    if (inCycle(project.components, c.id)) {
      problems.push({ path, code: 'parent-cycle', severity: 'error', message: `${c.id} is inside itself (its parents lead back to it)`, target });
    }
  });
  return problems;
}
