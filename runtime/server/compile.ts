import { createHash } from 'node:crypto';
import type * as Esbuild from 'esbuild';
import type * as TypeScript from 'typescript';
import { proveBounded } from './boundedCallback';
import { serializeProject } from '../schema/parse';
import type { CallbackSpec, Project } from '../schema/project';
import type { Problem } from '../schema/problems';
import type { CompiledApp, CompiledModule } from './compiledApp';
import { CLIENT_ENTRY, NS, projectFilesPlugin, type ProjectFiles } from './compileResolve';
import { compileComponents, type ComponentCompileResult } from './componentCompile';
import { componentEntry, type CompiledComponent } from '../schema/componentModules';
import { errorHandlerIds, handlersByPlacement } from '../graph/errorHandlers';
import { handlerEntries } from './errorHandlerEntries';

export { readCompiledApp, writeCompiledApp, COMPILED_APP_FILE, type CompiledApp, type CompiledModule } from './compiledApp';

export interface CompileInput {
  project: Project;
  /** Callback id → TypeScript source of callbacks/<id>.ts. */
  callbacks: Record<string, string>;
  /** Project folder: relative imports that are not in `files` are read from here (never outside it). */
  dir?: string;
  /** Extra project-relative files, e.g. unsaved helpers: { "callbacks/lib/fmt.ts": "..." }. */
  files?: Record<string, string>;
  /** The project's own component types: type → source of components/<type>/index.tsx (DESIGN §3b). */
  components?: Record<string, string>;
}

type EsbuildApi = typeof Esbuild;
let esbuildModule: Promise<EsbuildApi> | undefined;

/** Imported on first compile under a computed name, so bundling this module never pulls esbuild in. */
function loadEsbuild(): Promise<EsbuildApi> {
  const name = 'esbuild';
  esbuildModule ??= import(name) as Promise<EsbuildApi>;
  return esbuildModule;
}

type TypeScriptApi = typeof TypeScript;
let typescriptModule: Promise<TypeScriptApi> | undefined;

/** The TypeScript parser, for isBoundedCallback; imported like esbuild, so exported servers never carry it. */
function loadTypeScript(): Promise<TypeScriptApi> {
  const name = 'typescript';
  typescriptModule ??= (import(name) as Promise<{ default: TypeScriptApi }>).then((m) => m.default);
  return typescriptModule;
}

/** A compile problem: `path` is the file (callbacks/<id>.ts), with the 1-based line and column. */
export interface CompileProblem extends Problem {
  line?: number;
  column?: number;
}

const callbackPath = (id: string): string => `callbacks/${id}.ts`;

/**
 * Compiles a project's callbacks with esbuild: each server callback into its own bundled ES
 * module (platform node) with a source map, and every client callback into one browser ES
 * module whose default export maps callback id → function. A callback that does not compile
 * is left out and reported in `problems`; the rest still run.
 */
export async function compileApp(input: CompileInput): Promise<CompiledApp> {
  const { project, callbacks: sources } = input;
  const esbuild = await loadEsbuild();
  const virtual = new Map<string, string>(Object.entries(input.files ?? {}));
  for (const [id, source] of Object.entries(sources)) virtual.set(callbackPath(id), source);
  const componentSources = input.components ?? {};
  for (const [type, source] of Object.entries(componentSources)) virtual.set(componentEntry(type), source);
  const files: ProjectFiles = input.dir ? { virtual, dir: input.dir } : { virtual };
  const problems: CompileProblem[] = [];
  const withSource: CallbackSpec[] = [];
  for (const cb of project.callbacks) {
    if (sources[cb.id] !== undefined) withSource.push(cb);
    else problems.push({ path: callbackPath(cb.id), message: `no source for callback "${cb.id}"`, severity: 'error', code: 'missing-module', target: { kind: 'callback', id: cb.id } });
  }
  // A callback used as an onError handler is built where the callbacks it handles run (errorHandlers.ts).
  const handlers = errorHandlerIds(project);
  const handlerSides = handlersByPlacement(project);
  const builtOn = (cb: CallbackSpec, side: 'server' | 'client'): boolean => (handlers.has(cb.id) ? handlerSides[side].has(cb.id) : cb.placement === side);
  const serverSpecs = withSource.filter((cb) => builtOn(cb, 'server'));
  const clientSpecs = withSource.filter((cb) => builtOn(cb, 'client'));
  const entryOf = handlerEntries(virtual, handlers, callbackPath);

  const server: Record<string, CompiledModule> = {};
  const serverResults = await Promise.all(serverSpecs.map((cb) => buildServerModule(esbuild, cb.id, files, entryOf(cb.id))));
  const ts = serverResults.some((r) => r.module) ? await loadTypeScript() : undefined;
  serverResults.forEach((result, i) => {
    problems.push(...result.problems);
    const spec = serverSpecs[i];
    if (!result.module) return;
    // Background callbacks report progress and can be cancelled: they always get a worker.
    const proof = ts && spec.background !== true ? proveBounded(ts, result.module.code) : undefined;
    if (proof) {
      result.module.bounded = true;
      result.module.boundedWork = proof.work;
    }
    server[spec.id] = result.module;
  });

  // Check each client callback alone first, so one broken callback does not take the bundle down.
  const clientChecks = await Promise.all(clientSpecs.map((cb) => buildClient(esbuild, [cb.id], files, entryOf)));
  const goodClient = clientSpecs.filter((cb, i) => {
    problems.push(...clientChecks[i].problems);
    return clientChecks[i].code !== undefined;
  });
  const clientBundle = goodClient.length > 0 ? (await buildClient(esbuild, goodClient.map((cb) => cb.id), files, entryOf)).code : undefined;

  const components = await compileComponents(esbuild, Object.keys(componentSources).sort(), files);
  problems.push(...components.problems);

  const app: CompiledApp = { project, revision: '', server, problems: dedupe(problems) };
  if (clientBundle !== undefined) app.clientBundle = clientBundle;
  if (components.components.length > 0) app.components = components.components;
  app.revision = revisionOf(project, sources, { ...(input.files ?? {}), ...prefixed(componentSources) }, server, clientBundle, components.components);
  return app;
}

/** Only the project's own components (the editor's canvas draws with them). */
export async function compileProjectComponents(components: Record<string, string>, dir?: string): Promise<ComponentCompileResult> {
  const esbuild = await loadEsbuild();
  const virtual = new Map(Object.entries(components).map(([type, source]) => [componentEntry(type), source]));
  return compileComponents(esbuild, Object.keys(components).sort(), dir ? { virtual, dir } : { virtual });
}

async function buildServerModule(esbuild: EsbuildApi, id: string, files: ProjectFiles, entry = callbackPath(id)): Promise<{ module?: CompiledModule; problems: CompileProblem[] }> {
  try {
    const result = await esbuild.build({
      ...commonOptions(files),
      entryPoints: [entry],
      platform: 'node',
      target: 'node20',
      sourcemap: 'external',
      plugins: [projectFilesPlugin(files, 'server')],
    });
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
    const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'));
    const problems = result.warnings.map((w) => toProblem(w, id, 'warning'));
    if (!js || !map) return { problems: [...problems, { path: callbackPath(id), message: 'esbuild produced no output', severity: 'error', code: 'compile', target: { kind: 'callback', id } }] };
    return { module: { code: js.text, map: normalizeMap(map.text) }, problems };
  } catch (err) {
    return { problems: buildFailureProblems(err, id) };
  }
}

async function buildClient(esbuild: EsbuildApi, ids: string[], files: ProjectFiles, entryOf: (id: string) => string = callbackPath): Promise<{ code?: string; problems: CompileProblem[] }> {
  const entry = [
    ...ids.map((id, i) => `import cb${i} from ${JSON.stringify(entryOf(id))};`),
    `export default { ${ids.map((id, i) => `${JSON.stringify(id)}: cb${i}`).join(', ')} };`,
  ].join('\n');
  try {
    const result = await esbuild.build({
      ...commonOptions(files),
      entryPoints: [CLIENT_ENTRY],
      platform: 'browser',
      target: 'es2020',
      sourcemap: 'external',
      plugins: [projectFilesPlugin(files, 'client', entry)],
    });
    const problems = ids.length === 1 ? result.warnings.map((w) => toProblem(w, ids[0], 'warning')) : [];
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
    const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'))?.text;
    // Inline the map, with project-relative paths, so browser devtools show callbacks/<id>.ts.
    const inlineMap = map ? `//# sourceMappingURL=data:application/json;base64,${Buffer.from(normalizeMap(map)).toString('base64')}\n` : '';
    return { code: js + inlineMap, problems };
  } catch (err) {
    return { problems: buildFailureProblems(err, ids[0]) };
  }
}

function commonOptions(files: ProjectFiles): Esbuild.BuildOptions & { write: false } {
  const options: Esbuild.BuildOptions & { write: false } = {
    bundle: true,
    format: 'esm',
    write: false,
    outdir: '/dashwright-out',
    logLevel: 'silent',
    sourcesContent: true,
    legalComments: 'none',
    tsconfigRaw: { compilerOptions: { strict: true } },
  };
  if (files.dir) options.absWorkingDir = files.dir;
  return options;
}

function buildFailureProblems(err: unknown, id: string): CompileProblem[] {
  const failure = err as Partial<Esbuild.BuildFailure>;
  if (Array.isArray(failure.errors) && failure.errors.length > 0) {
    return [...failure.errors.map((e) => toProblem(e, id, 'error')), ...(failure.warnings ?? []).map((w) => toProblem(w, id, 'warning'))];
  }
  return [{ path: callbackPath(id), message: `compile failed: ${(err as Error).message}`, severity: 'error', code: 'compile', target: { kind: 'callback', id } }];
}

function toProblem(msg: Esbuild.Message, id: string, severity: 'error' | 'warning'): CompileProblem {
  const loc = msg.location;
  const file = loc?.file ? stripNamespace(loc.file) : callbackPath(id);
  const problem: CompileProblem = {
    path: file,
    message: loc ? `${msg.text} (line ${loc.line}, column ${loc.column + 1})` : msg.text,
    severity,
    code: severity === 'error' ? 'compile' : 'compile-warning',
    target: { kind: 'callback', id },
  };
  if (loc) {
    problem.line = loc.line;
    problem.column = loc.column + 1;
  }
  return problem;
}

function stripNamespace(file: string): string {
  return file.startsWith(`${NS}:`) ? file.slice(NS.length + 1) : file;
}

/** Source map paths become project-relative (callbacks/double.ts), as stack traces show them. */
function normalizeMap(text: string): string {
  const map = JSON.parse(text) as { sources?: string[] };
  map.sources = (map.sources ?? []).map(stripNamespace);
  return JSON.stringify(map);
}

function dedupe(problems: CompileProblem[]): CompileProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.severity}|${p.path}|${p.line ?? ''}|${p.column ?? ''}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function prefixed(components: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(components).map(([type, source]) => [componentEntry(type), source]));
}

function revisionOf(
  project: Project,
  sources: Record<string, string>,
  files: Record<string, string>,
  server: Record<string, CompiledModule>,
  clientBundle: string | undefined,
  components: readonly CompiledComponent[],
): string {
  const hash = createHash('sha256');
  const add = (label: string, text: string): void => {
    hash.update(`${label}\0${text.length}\0`).update(text);
  };
  add('manifest', serializeProject(project));
  for (const id of Object.keys(sources).sort()) add(`source:${id}`, sources[id]);
  for (const file of Object.keys(files).sort()) add(`file:${file}`, files[file]);
  for (const id of Object.keys(server).sort()) add(`server:${id}`, server[id].code);
  add('client', clientBundle ?? '');
  for (const c of components) add(`component:${c.type}`, c.hash);
  return hash.digest('hex').slice(0, 16);
}
