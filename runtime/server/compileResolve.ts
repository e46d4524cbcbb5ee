import { builtinModules } from 'node:module';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Loader, Plugin } from 'esbuild';

/** Namespace of project files in esbuild; source map paths come out as "dw:<project path>". */
export const NS = 'dw';
const ENTRY_NS = 'dw-entry';
export const CLIENT_ENTRY = 'dashwright:client-callbacks';

const LOADERS: Record<string, Loader> = { '.ts': 'ts', '.tsx': 'tsx', '.mts': 'ts', '.js': 'js', '.mjs': 'js', '.json': 'json' };
const builtins = new Set(builtinModules);

export interface ProjectFiles {
  /** Project-relative posix path → source (callback sources and unsaved helpers). */
  virtual: ReadonlyMap<string, string>;
  /** Project folder for helper files not in `virtual`. */
  dir?: string;
}

/**
 * Resolves a callback's imports inside the project only: relative imports of local helper
 * files (from memory, then the project folder), Node built-ins on the server, nothing else.
 */
export function projectFilesPlugin(files: ProjectFiles, placement: 'server' | 'client', clientEntry?: string, packageRule = 'callbacks may import only local files such as "./helpers"'): Plugin {
  return {
    name: 'dashwright-project-files',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point') {
          // With absWorkingDir set, esbuild hands entries over as "./callbacks/<id>.ts": normalize, or the
          // in-memory (unsaved) source would be missed and the saved file on disk compiled instead.
          return args.path === CLIENT_ENTRY ? { path: CLIENT_ENTRY, namespace: ENTRY_NS } : { path: path.posix.normalize(args.path), namespace: NS };
        }
        if (args.namespace === ENTRY_NS) return { path: args.path, namespace: NS };
        const spec = args.path;
        if (spec.startsWith('node:') || builtins.has(spec)) {
          if (placement === 'server') return { path: spec, external: true };
          return { errors: [{ text: `"${spec}" is a Node module; a client callback runs in the browser and cannot import it` }] };
        }
        if (!spec.startsWith('./') && !spec.startsWith('../')) {
          return { errors: [{ text: `"${spec}" is a package or absolute path; ${packageRule}` }] };
        }
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(args.importer), spec));
        if (target === '..' || target.startsWith('../')) return { errors: [{ text: `"${spec}" leads outside the project folder` }] };
        const found = await findFile(files, target);
        if (!found) return { errors: [{ text: `cannot find "${spec}" (looked for ${target} with .ts, .js, .json and /index.ts)` }] };
        return { path: found, namespace: NS };
      });
      build.onLoad({ filter: /.*/, namespace: ENTRY_NS }, () => ({ contents: clientEntry ?? '', loader: 'js' }));
      build.onLoad({ filter: /.*/, namespace: NS }, async (args) => {
        const loader = LOADERS[path.posix.extname(args.path)] ?? 'ts';
        const text = files.virtual.get(args.path);
        if (text !== undefined) return { contents: text, loader };
        if (!files.dir) return { errors: [{ text: `no source for ${args.path}` }] };
        try {
          return { contents: await fs.readFile(path.join(files.dir, args.path), 'utf8'), loader };
        } catch (err) {
          return { errors: [{ text: `cannot read ${args.path}: ${(err as Error).message}` }] };
        }
      });
    },
  };
}

async function findFile(files: ProjectFiles, target: string): Promise<string | undefined> {
  const stem = target.replace(/\.(js|mjs)$/, '');
  const candidates = [target, `${target}.ts`, `${target}.tsx`, `${target}.js`, `${target}.json`, `${stem}.ts`, `${stem}.tsx`, `${target}/index.ts`, `${target}/index.tsx`, `${target}/index.js`];
  for (const candidate of candidates) {
    if (files.virtual.has(candidate)) return candidate;
  }
  if (!files.dir) return undefined;
  for (const candidate of candidates) {
    try {
      if ((await fs.stat(path.join(files.dir, candidate))).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}
