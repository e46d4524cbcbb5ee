import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * What the exported server's bundle leaves out, so `node server.mjs` parses and runs less at
 * start-up (a measured target, DESIGN §8):
 * - the built-in components' views (`runtime/components/<type>/view.tsx`): the server reads a
 *   type's props schema, never draws it; its view functions become stubs that draw nothing;
 * - zod's translated error messages: the server speaks English (zod's default).
 */
export function serverBundlePlugins(): Plugin[] {
  return [
    {
      name: 'dashwright-server-views',
      setup(b) {
        b.onResolve({ filter: /^\.\/view$/ }, (args) =>
          /[\\/]runtime[\\/]components[\\/][^\\/]+[\\/]index\.tsx?$/.test(args.importer) ? { path: join(dirname(args.importer), 'view.tsx'), namespace: 'dashwright-view-stub' } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'dashwright-view-stub' }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          const names = [...source.matchAll(/^export (?:async )?(?:function|const) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
          return { contents: names.map((n) => `export const ${n} = () => null;`).join('\n'), loader: 'js' };
        });
      },
    },
    {
      name: 'dashwright-server-zod-locales',
      setup(b) {
        b.onResolve({ filter: /locales[\\/]index\.js$/ }, (args) =>
          /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), args.path), namespace: 'dashwright-zod-locales' } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'dashwright-zod-locales' }, (args) => ({
          contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
          loader: 'js',
          resolveDir: dirname(args.path),
        }));
      },
    },
  ];
}
