// `npx tsx scripts/screenshots.ts [outDir]`: screenshots of the editor on examples/gapminder, for
// the README (docs/editor.png with outDir = docs) and for looking at the UI after a change.
// Needs a build (`npm run build`) and Debian's Chromium.
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, setRangeOf, startEditor, tempDir } from '../e2e/support';
import { chromiumArgs } from '../playwright.config';

const out = resolve(process.argv[2] ?? join(ROOT, 'test-results', 'screenshots'));
mkdirSync(out, { recursive: true });
const dir = join(tempDir('shots'), 'gapminder');
cpSync(join(ROOT, 'examples', 'gapminder'), dir, { recursive: true });
const editor = await startEditor(tempDir('home'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await preview.locator('#chart .main-svg').first().waitFor({ timeout: 60_000 });
  await setRangeOf(preview.locator('#year input[type="range"]'), 1995);
  await page.getByTestId('canvas-item-year').click({ position: { x: 6, y: 6 } });
  await page.getByTestId('callback-item-select_rows').click();
  await page.getByTestId('callback-editor').locator('.monaco-editor').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(out, 'editor.png') });

  await page.getByTestId('tab-devtools').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, 'devtools.png') });

  await page.getByTestId('tab-graph').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, 'graph.png') });
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await editor.stop();
}
