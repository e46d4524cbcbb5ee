import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClientAssets, writeClientAssets } from '../build';

describe('client build', () => {
  let assets: Awaited<ReturnType<typeof buildClientAssets>>;

  it('bundles app.js and app.css, with Plotly in its own lazily loaded chunk', async () => {
    assets = await buildClientAssets();
    const app = assets.get('app.js')!;
    const css = assets.get('app.css')!;
    expect(app.contentType).toMatch(/^text\/javascript/);
    expect(css.contentType).toMatch(/^text\/css/);
    expect(css.body.toString()).toContain('.dw-component');
    const js = app.body.toString();
    expect(js).not.toContain('process.env');
    expect(js.length).toBeLessThan(700_000);
    const plotly = [...assets.keys()].find((name) => name.startsWith('plotly'));
    expect(plotly).toMatch(/\.js$/);
    expect(assets.get(plotly!)!.body.length).toBeGreaterThan(1_000_000);
    expect(js).toMatch(new RegExp(`import\\(["']\\./${plotly!.replace(/[.-]/g, '\\$&')}["']\\)`));
    expect([...assets.keys()].every((name) => !name.includes('/'))).toBe(true);
  });

  it('writes the assets to a folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dw-client-'));
    try {
      const names = await writeClientAssets(dir, { assets });
      expect((await readdir(dir)).sort()).toEqual([...names].sort());
      expect(names).toEqual(expect.arrayContaining(['app.js', 'app.css']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
