import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { exportProject } from '../export/exportApp';
import { freePort, ROOT, setRange, startExported, tempDir, type Running } from './support';

// Issue #3, "Done when": the exported gapminder app runs with `node server.mjs`, and moving the
// year slider in a browser changes the chart.

let app: Running | undefined;

test.afterAll(async () => {
  await app?.stop();
});

/** The first trace's x values as Plotly drew them. */
async function plotted(page: Page): Promise<number[]> {
  return page.locator('#chart .js-plotly-plot').evaluate((el) => {
    const data = (el as unknown as { data?: { x: number[] }[] }).data ?? [];
    return data.flatMap((t) => t.x);
  });
}

test('the exported gapminder app redraws the chart when the year slider moves', async ({ page }) => {
  const out = join(tempDir('gapminder'), 'gapminder-app');
  await exportProject({ projectDir: join(ROOT, 'examples', 'gapminder'), outDir: out });
  app = await startExported(out, freePort());

  await page.goto(app.url);
  await expect(page.locator('#summary')).toContainText('in 1980');
  await expect(page.locator('#chart .js-plotly-plot .scatterlayer .point').first()).toBeVisible({ timeout: 30_000 });
  const before = await plotted(page);
  expect(before.length).toBeGreaterThan(50);

  await setRange(page, '#year input[type="range"]', 2005);
  await expect(page.locator('#summary')).toContainText('in 2005');
  await expect.poll(async () => JSON.stringify(await plotted(page))).not.toBe(JSON.stringify(before));

  await page.locator('#region select').selectOption('Europe & Central Asia');
  await expect(page.locator('#chart .legendtext')).toHaveText(['Europe & Central Asia']);
  await expect(page.locator('#summary')).toContainText('in 2005');
});
