// `npx tsx scripts/shotOrders.ts [outDir]`: screenshots of the exported examples/orders app (light
// and dark), for the README (docs/orders.png with outDir = docs) and for looking at the components.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { exportProject } from '../export/exportApp';
import { freePort, ROOT, startExported, tempDir } from '../e2e/support';
import { chromiumArgs } from '../playwright.config';

const out = resolve(process.argv[2] ?? join(ROOT, 'test-results', 'screenshots'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
try {
  for (const mode of ['light', 'dark'] as const) {
    const project = join(tempDir('orders'), 'orders');
    cpSync(join(ROOT, 'examples', 'orders'), project, { recursive: true });
    const manifestPath = join(project, 'dashwright.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { theme?: { mode?: string } };
    manifest.theme = { ...manifest.theme, mode };
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const dir = join(tempDir('orders-app'), 'app');
    await exportProject({ projectDir: project, outDir: dir });
    const app = await startExported(dir, freePort());
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(app.url);
      await page.locator('#chart .js-plotly-plot .barlayer .point').first().waitFor({ timeout: 60_000 });
      await page.locator('#table tbody tr').nth(1).locator('input[type="checkbox"]').check();
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(out, mode === 'light' ? 'orders.png' : 'orders-dark.png'), fullPage: true });
      await page.close();
    } finally {
      await app.stop();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
}
