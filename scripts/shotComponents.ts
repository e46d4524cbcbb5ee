// `npx tsx scripts/shotComponents.ts [outDir]`: the editor with examples/gauges open (its own
// `gauge` component on the canvas, in the preview and in Monaco), for the README (docs/components.png).
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, startEditor, tempDir } from '../e2e/support';
import { chromiumArgs } from '../playwright.config';

const out = resolve(process.argv[2] ?? join(ROOT, 'test-results', 'screenshots'));
const dir = join(tempDir('gauges'), 'gauges');
cpSync(join(ROOT, 'examples', 'gauges'), dir, { recursive: true });
const editor = await startEditor(tempDir('home'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await page.locator('[data-testid="canvas"] #pressure [role="meter"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('toolbar-view-split').click();
  await page.frameLocator('[data-testid="preview-frame"]').locator('#status').getByText('Normal').waitFor({ timeout: 60_000 });
  await page.getByTestId('component-item-gauge').click();
  await page.getByTestId('component-editor').locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="canvas"] #pressure').click({ position: { x: 10, y: 10 } });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: join(out, 'components.png') });
  console.log(`screenshot in ${out}`);
} finally {
  await browser.close();
  await editor.stop();
}
