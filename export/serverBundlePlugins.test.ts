import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverBundlePlugins } from './serverBundlePlugins';

const root = join(import.meta.dirname, '..');

async function bundle(source: string, plugins: boolean): Promise<string> {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    external: ['@duckdb/node-api'],
    logLevel: 'silent',
    ...(plugins ? { plugins: serverBundlePlugins() } : {}),
  });
  return out.outputFiles[0]!.text;
}

describe('the exported server bundle', () => {
  it('leaves out the components\' views and zod\'s translations, and keeps every type\'s schema', async () => {
    const source = "import { builtinComponents } from './runtime/components/builtins'; import { z } from 'zod'; export const types = builtinComponents.map((d) => d.type); export const locales = Object.keys(z.locales);";
    const full = await bundle(source, false);
    const slim = await bundle(source, true);
    // marked (the markdown view's parser) and a view's own markup are gone; the catalogue is not.
    expect(full).toContain('dw-markdown');
    expect(slim).not.toContain('dw-markdown');
    expect(slim.length).toBeLessThan(full.length * 0.6);
    const load = async (text: string) => (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as { types: string[]; locales: string[] };
    const [a, b] = await Promise.all([load(full), load(slim)]);
    expect(b.types).toEqual(a.types);
    expect(b.locales).toEqual(['en']);
  });
});
