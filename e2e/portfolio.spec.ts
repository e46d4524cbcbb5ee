import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { exportProject } from '../export/exportApp';
import { freePort, ROOT, startExported, tempDir, type Running } from './support';

// Issue #11, "Done when": examples/portfolio, exported and run with `node server.mjs`: a
// data-driven list of cards (repeat + MATCH: each card's button updates only its card), a second
// page reached by a link (and back), a ctx.setProps from a background callback, and a Patch
// appending to a live chart fed by an interval.

let app: Running | undefined;

test.afterAll(async () => {
  await app?.stop();
});

/** How many points the live chart's first trace holds, as Plotly drew it. */
async function points(page: Page): Promise<number> {
  return page.locator('#live .js-plotly-plot').evaluate((el) => ((el as unknown as { data?: { x: unknown[] }[] }).data?.[0]?.x.length ?? 0));
}

test('portfolio: cards from data, MATCH per card, ALL total, background setProps, a Patch-fed live chart, two pages', async ({ page }) => {
  const out = join(tempDir('portfolio'), 'portfolio-app');
  await exportProject({ projectDir: join(ROOT, 'examples', 'portfolio'), outDir: out });
  app = await startExported(out, freePort());
  const answers: string[] = [];
  page.on('response', async (r) => {
    if (r.url().includes('/_dashwright/update')) answers.push(await r.text().catch(() => ''));
  });

  await page.goto(app.url);
  // One card per holding of data/holdings.json.
  await expect(page.locator('#holdings .dw-repeat-copy')).toHaveCount(6, { timeout: 30_000 });
  await expect(page.locator('#hname-GLOBX')).toHaveText('Globex Energy (GLOBX)');
  const total = page.locator('#total');
  await expect(total).toContainText('$');
  const before = await total.textContent();
  const acme = await page.locator('#hprice-ACME').textContent();

  // A card's own button updates that card only; the total (an ALL callback) follows.
  await page.locator('#hrefresh-GLOBX button').click();
  await expect(page.locator('#hprice-GLOBX')).toContainText('refreshed 1×');
  await expect(page.locator('#hprice-ACME')).toHaveText(acme!);
  await expect(total).not.toHaveText(before!);
  await page.locator('#hrefresh-GLOBX button').click();
  await expect(page.locator('#hprice-GLOBX')).toContainText('refreshed 2×');
  await expect(page.locator('#hprice-ACME')).not.toContainText('refreshed');

  // The live chart grows a point per tick; its answers carry the patch, not the figure.
  await expect.poll(() => points(page), { timeout: 15_000 }).toBeGreaterThan(3);
  const patches = answers.filter((a) => a.includes('"live.figure"'));
  expect(patches.length).toBeGreaterThan(0);
  expect(patches.every((a) => a.includes('"$patch"'))).toBe(true);

  // A background callback with no outputs sets the status with ctx.setProps.
  await page.locator('#rebalance button').click();
  await expect(page.locator('#status')).toContainText('Rebalanced 1×', { timeout: 15_000 });

  // A link to the second page, in place; the browser's back returns.
  await page.locator('#toDetails a').click();
  await expect(page).toHaveURL(/\/details$/);
  await expect(page.locator('#detailTable')).toContainText('Umbrella Health');
  await expect(page.locator('#holdings')).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('#holdings .dw-repeat-copy')).toHaveCount(6);

  // The second page's own address works on a fresh load (one server serves every page).
  await page.goto(`${app.url}details`);
  await expect(page.locator('#detailTable')).toContainText('Wayne Logistics', { timeout: 30_000 });
});
