import type { Problem, Project } from '../../runtime/schema';

export type ProblemTarget = { kind: 'component' | 'callback' | 'value'; id: string } | null;

/** Where a problem points: its explicit target, else what its path names (components[2]…, callbacks/x.ts). */
export function problemTarget(problem: Problem, project: Project): ProblemTarget {
  if (problem.target) return problem.target;
  const file = /^callbacks\/([^/]+)\.ts/.exec(problem.path);
  if (file) return { kind: 'callback', id: file[1] };
  const indexed = /^(components|callbacks|values)\[(\d+)\]/.exec(problem.path);
  if (indexed) {
    const i = Number(indexed[2]);
    if (indexed[1] === 'components' && project.components[i]) return { kind: 'component', id: project.components[i].id };
    if (indexed[1] === 'callbacks' && project.callbacks[i]) return { kind: 'callback', id: project.callbacks[i].id };
    if (indexed[1] === 'values' && project.values[i]) return { kind: 'value', id: project.values[i].id };
  }
  return null;
}
