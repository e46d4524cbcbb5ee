// `npx tsx scripts/shotFieldOps.ts [outDir]`: screenshots of the exported examples/field-ops app
// (light and dark) after a marker click, a timeline pick and loading the weather widget, with a
// local analytics collector; docs/field-ops.png (the light one) with outDir = docs.
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startCollector, startFieldOps } from '../e2e/fieldOps';
import { ROOT } from '../e2e/support';
import { chromiumArgs } from '../playwright.config';

const out = resolve(process.argv[2] ?? join(ROOT, 'test-results', 'screenshots'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
const collector = await startCollector();
try {
  for (const theme of ['light', 'dark'] as const) {
    const app = await startFieldOps(collector.url, { theme });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
      await page.goto(app.url);
      await page.locator('#sites .leaflet-marker-icon').first().waitFor({ timeout: 60_000 });
      await page.locator('#schedule').getByRole('button', { name: 'Transformer repair' }).click();
      await page.locator('#event_info').getByText('Old Town transformer').waitFor();
      await page.getByRole('button', { name: 'Load weather widget' }).click();
      await page.locator('#scripts_info').getByText('Weather widget loaded').waitFor();
      await page.locator('#usage_info').getByText(/[1-9]\d* events? delivered/).waitFor();
      await page.mouse.move(0, 0);
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(out, theme === 'light' ? 'field-ops.png' : 'field-ops-dark.png'), fullPage: true });
      await page.close();
    } finally {
      await app.stop();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await collector.close();
  await browser.close();
}
