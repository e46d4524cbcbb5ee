import { createHash } from 'node:crypto';
import type * as Esbuild from 'esbuild';
import type { Plugin } from 'esbuild';
import { componentEntry, NODE_COMPONENT_GLOBAL, SHARED_MODULE_NAMES, SHARED_MODULES_GLOBAL, type CompiledComponent } from '../schema/componentModules';
import type { Problem } from '../schema/problems';
import { NS, projectFilesPlugin, type ProjectFiles } from './compileResolve';

const SHARED_NS = 'dw-shared';
const PACKAGE_RULE = `a component may import only ${SHARED_MODULE_NAMES.map((n) => `"${n}"`).join(', ')} and files of the project such as "./parts"`;

/** react, zod and dashwright/component come from the page (or the Node loader): never bundled, so one React runs them all. */
const sharedModulesPlugin: Plugin = {
  name: 'dashwright-shared-modules',
  setup(build) {
    const names = new Set<string>(SHARED_MODULE_NAMES);
    build.onResolve({ filter: /^(react|react\/jsx-runtime|react\/jsx-dev-runtime|zod|dashwright\/component)$/ }, (args) =>
      names.has(args.path) || args.path === 'react/jsx-dev-runtime' ? { path: args.path === 'react/jsx-dev-runtime' ? 'react/jsx-runtime' : args.path, namespace: SHARED_NS } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: SHARED_NS }, (args) => ({
      contents: [
        `const shared = globalThis[${JSON.stringify(SHARED_MODULES_GLOBAL)}];`,
        `if (!shared || !shared[${JSON.stringify(args.path)}]) throw new Error(${JSON.stringify(`"${args.path}" is not provided to project components here`)});`,
        `module.exports = shared[${JSON.stringify(args.path)}];`,
      ].join('\n'),
      loader: 'js',
    }));
  },
};

export interface ComponentCompileResult {
  components: CompiledComponent[];
  problems: Problem[];
}

/**
 * Compiles each project component (`components/<type>/index.tsx`) on its own, so one that does
 * not compile leaves the others working: an ES module for the page and a script for Node.
 */
export async function compileComponents(esbuild: typeof Esbuild, types: readonly string[], files: ProjectFiles): Promise<ComponentCompileResult> {
  const results = await Promise.all(types.map((type) => compileOne(esbuild, type, files)));
  return {
    components: results.flatMap((r) => (r.component ? [r.component] : [])),
    problems: results.flatMap((r) => r.problems),
  };
}

async function compileOne(esbuild: typeof Esbuild, type: string, files: ProjectFiles): Promise<{ component?: CompiledComponent; problems: Problem[] }> {
  const common: Esbuild.BuildOptions & { write: false } = {
    entryPoints: [componentEntry(type)],
    bundle: true,
    write: false,
    outdir: '/dashwright-out',
    logLevel: 'silent',
    legalComments: 'none',
    jsx: 'automatic',
    platform: 'browser',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfigRaw: { compilerOptions: { strict: true, jsx: 'react-jsx' } },
    plugins: [sharedModulesPlugin, projectFilesPlugin(files, 'client', undefined, PACKAGE_RULE)],
  };
  if (files.dir) common.absWorkingDir = files.dir;
  try {
    const [browser, node] = await Promise.all([
      esbuild.build({ ...common, format: 'esm', sourcemap: 'inline', sourcesContent: true }),
      esbuild.build({ ...common, format: 'iife', globalName: NODE_COMPONENT_GLOBAL }),
    ]);
    const browserCode = stripNamespace(browser.outputFiles[0]?.text ?? '');
    const nodeCode = node.outputFiles[0]?.text ?? '';
    const hash = createHash('sha256').update(browserCode).digest('hex').slice(0, 12);
    return { component: { type, browser: browserCode, node: nodeCode, hash }, problems: browser.warnings.map((w) => toProblem(w, type, 'warning')) };
  } catch (err) {
    const failure = err as Partial<Esbuild.BuildFailure>;
    if (Array.isArray(failure.errors) && failure.errors.length > 0) return { problems: failure.errors.map((e) => toProblem(e, type, 'error')) };
    return { problems: [{ path: componentEntry(type), message: `compile failed: ${(err as Error).message}`, severity: 'error', code: 'compile' }] };
  }
}

function toProblem(msg: Esbuild.Message, type: string, severity: 'error' | 'warning'): Problem {
  const loc = msg.location;
  const file = loc?.file ? (loc.file.startsWith(`${NS}:`) ? loc.file.slice(NS.length + 1) : loc.file) : componentEntry(type);
  const problem: Problem = {
    path: loc ? `${file}:${loc.line}` : file,
    message: loc ? `${msg.text} (line ${loc.line}, column ${loc.column + 1})` : msg.text,
    severity,
    code: severity === 'error' ? 'compile' : 'compile-warning',
  };
  if (loc) {
    problem.line = loc.line;
    problem.column = loc.column + 1;
  }
  return problem;
}

/** The inline source map names files "dw:components/…": browser devtools show them project-relative. */
function stripNamespace(code: string): string {
  const marker = '//# sourceMappingURL=data:application/json;base64,';
  const at = code.lastIndexOf(marker);
  if (at < 0) return code;
  const map = JSON.parse(Buffer.from(code.slice(at + marker.length).trim(), 'base64').toString('utf8')) as { sources?: string[] };
  map.sources = (map.sources ?? []).map((s) => (s.startsWith(`${NS}:`) ? s.slice(NS.length + 1) : s));
  return `${code.slice(0, at)}${marker}${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
}
