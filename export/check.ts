import { join, resolve } from 'node:path';
import { projectCatalog } from '../runtime/components/node/evaluate';
import { validateProject } from '../runtime/graph/validate';
import type { Problem } from '../runtime/schema/problems';
import type { Project } from '../runtime/schema/project';
import { compileApp } from '../runtime/server/compile';
import { readDataTypes } from '../runtime/server/dataTypes';
import { sqlQueriesIn } from '../runtime/graph/sqlQueries';
import { loadProjectFolder } from '../runtime/server/projectFolder';
import { typecheckCallbacks } from './typecheck';
import { typecheckComponents } from './typecheckComponents';

export interface CheckOptions {
  dir?: string;
  /** Also run the TypeScript checker over the callbacks with the generated types (a second or so). */
  types?: boolean;
  /** The project's own component types: type → source of components/<type>/index.tsx. */
  components?: Record<string, string>;
}

/** Every problem of a project: wiring and graph, then compile errors, then type errors. */
export async function checkProject(project: Project, callbacks: Record<string, string>, options: CheckOptions = {}): Promise<Problem[]> {
  const components = options.components ?? {};
  const compiled = await compileApp({ project, callbacks, dir: options.dir, components });
  const { catalog, problems: componentProblems } = projectCatalog(compiled.components);
  const problems = validateProject(project, catalog, { callbackIds: new Set(Object.keys(callbacks)) }).map((p) => explainBrokenType(p, project, components));
  problems.push(...compiled.problems, ...componentProblems);
  if (options.types && !compiled.problems.some((p) => p.severity === 'error')) {
    const data = options.dir ? await readDataTypes(join(options.dir, 'data'), { queries: sqlQueriesIn(Object.values(callbacks)) }) : [];
    problems.push(...typecheckCallbacks(project, callbacks, catalog, options.dir ? join(options.dir, 'callbacks') : undefined, data));
  }
  if (options.types) {
    // A component that does not compile is reported once, by the compiler.
    const broken = new Set(compiled.problems.filter((p) => p.severity === 'error').map((p) => /^components\/([^/]+)\//.exec(p.path)?.[1]));
    problems.push(...typecheckComponents(Object.fromEntries(Object.entries(components).filter(([type]) => !broken.has(type))), options.dir));
  }
  return problems;
}

/** `dashwright validate`: load a folder (schema problems stop here) and check everything. */
export async function checkProjectFolder(projectDir: string): Promise<Problem[]> {
  const dir = resolve(projectDir);
  const loaded = await loadProjectFolder(dir);
  if (!loaded.ok) return loaded.problems;
  return checkProject(loaded.project, loaded.callbacks, { dir, types: true, components: loaded.components });
}

/** An instance of a project component that does not compile is not of an "unknown" type: say where to look. */
function explainBrokenType(problem: Problem, project: Project, components: Record<string, string>): Problem {
  if (problem.code !== 'unknown-type') return problem;
  const index = Number(/^components\[(\d+)\]/.exec(problem.path)?.[1]);
  const type = project.components[index]?.type;
  if (type === undefined || !Object.hasOwn(components, type)) return problem;
  return { ...problem, message: `component type "${type}" cannot be used until components/${type}/index.tsx compiles and loads (see its problem)` };
}
