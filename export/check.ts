import { join, resolve } from 'node:path';
import { createCatalog } from '../runtime/components/catalog';
import { validateProject } from '../runtime/graph/validate';
import type { Problem } from '../runtime/schema/problems';
import type { Project } from '../runtime/schema/project';
import { compileApp } from '../runtime/server/compile';
import { readDataTypes } from '../runtime/server/dataTypes';
import { loadProjectFolder } from '../runtime/server/projectFolder';
import { typecheckCallbacks } from './typecheck';

export interface CheckOptions {
  dir?: string;
  /** Also run the TypeScript checker over the callbacks with the generated types (a second or so). */
  types?: boolean;
}

/** Every problem of a project: wiring and graph, then compile errors, then type errors. */
export async function checkProject(project: Project, callbacks: Record<string, string>, options: CheckOptions = {}): Promise<Problem[]> {
  const catalog = createCatalog();
  const problems = validateProject(project, catalog, { callbackIds: new Set(Object.keys(callbacks)) });
  const compiled = await compileApp({ project, callbacks, dir: options.dir });
  problems.push(...compiled.problems);
  if (options.types && !compiled.problems.some((p) => p.severity === 'error')) {
    const data = options.dir ? await readDataTypes(join(options.dir, 'data')) : [];
    problems.push(...typecheckCallbacks(project, callbacks, catalog, options.dir ? join(options.dir, 'callbacks') : undefined, data));
  }
  return problems;
}

/** `dashwright validate`: load a folder (schema problems stop here) and check everything. */
export async function checkProjectFolder(projectDir: string): Promise<Problem[]> {
  const dir = resolve(projectDir);
  const loaded = await loadProjectFolder(dir);
  if (!loaded.ok) return loaded.problems;
  return checkProject(loaded.project, loaded.callbacks, { dir, types: true });
}
