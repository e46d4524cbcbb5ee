import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { exportProject } from '../export/exportApp';
import { freePort, ROOT, setRange, startExported, tempDir, type Running } from './support';

// Issue #4, "Done when": a background callback in an example shows a progress bar in the browser
// and can be cancelled. examples/background, exported and started with `node server.mjs`.

let app: Running | undefined;

test.afterAll(async () => {
  await app?.stop();
});

/** aria-valuenow of a progress bar, or -1 once it is gone. */
async function valueNow(bar: Locator): Promise<number> {
  const value = await bar.getAttribute('aria-valuenow', { timeout: 1000 }).catch(() => null);
  return value === null ? -1 : Number(value);
}

test('a background callback shows a growing progress bar, lands its result, and can be cancelled', async ({ page }) => {
  const out = join(tempDir('background'), 'background-app');
  await exportProject({ projectDir: join(ROOT, 'examples', 'background'), outDir: out });
  app = await startExported(out, freePort());

  await page.goto(app.url);
  // The cached series callback ran on load.
  await expect(page.locator('#series')).toContainText('Series, 3,000,000 terms');
  const result = page.locator('#result');
  const bar = result.locator('.dw-progress[role="progressbar"]');
  await expect(result).toHaveText('No simulation yet.');
  // Plotly loads lazily and, in a software-rendered test browser, keeps the page busy for seconds:
  // let it finish before timing a job.
  await expect(page.locator('#chart .js-plotly-plot .main-svg').first()).toBeVisible({ timeout: 30_000 });

  // Record every value the bar shows, in the page, so a slow test runner misses none.
  await result.evaluate((el) => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    const note = (): void => {
      const value = el.querySelector('.dw-progress')?.getAttribute('aria-valuenow');
      if (value != null && seen.at(-1) !== Number(value)) seen.push(Number(value));
    };
    new MutationObserver(note).observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  await setRange(page, '#size input[type="range"]', 20);
  await expect(page.locator('#series')).toContainText('Series, 5,000,000 terms');

  // Run: the result's card carries data-loading and a progress bar whose value grows.
  await page.locator('#run button').click();
  await expect(bar).toBeVisible();
  await expect(result).toHaveAttribute('data-loading', 'true');
  await expect(page.locator('#chart .dw-progress[role="progressbar"]')).toBeVisible();
  await expect(page.locator('#status')).toHaveText('Running… press Cancel to stop.');
  await expect(bar).toContainText(/step \d+ of 20/);

  // Done: the bar goes, the result and the chart land, the status callback downstream ran.
  await expect(result).toContainText('Simulation, 2,000,000 random points: π ≈ 3.1', { timeout: 20_000 });
  await expect(bar).toHaveCount(0);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen[0]).toBe(0);
  expect(seen.filter((v) => v > 0 && v < 100).length).toBeGreaterThanOrEqual(2);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen); // it only ever grows
  await expect(result).not.toHaveAttribute('data-loading', 'true');
  await expect(page.locator('#status')).toHaveText('Done.');
  await expect(page.locator('#chart .js-plotly-plot .scatterlayer .trace').first()).toBeVisible({ timeout: 30_000 });
  const first = await result.textContent();

  // Run a bigger job, then Cancel while it runs: the bar goes and the result stays as it was.
  await setRange(page, '#size input[type="range"]', 40);
  await expect(page.locator('#series')).toContainText('Series, 10,000,000 terms');
  await page.locator('#run button').click();
  await expect(bar).toBeVisible();
  await expect.poll(() => valueNow(bar), { intervals: [100] }).toBeGreaterThan(0);
  await page.locator('#cancel button').click();
  await expect(bar).toHaveCount(0);
  await expect(result).not.toHaveAttribute('data-loading', 'true');
  await expect(page.locator('#status')).toHaveText('Cancelled: the last result stays.');
  // Longer than the 40-step job would have taken to finish: nothing arrives.
  await page.waitForTimeout(6_000);
  await expect(result).toHaveText(first ?? '');
  expect(app.output()).toContain('"simulate" was cancelled; stopping its worker');

  // The series ran once per work size (3 misses: 12, 20, 40); the simulation ran once.
  const stats = (await (await page.request.get(new URL('_dashwright/stats', app.url).href)).json()) as {
    callbacks: Record<string, { runs: number; hits: number; misses: number }>;
  };
  expect(stats.callbacks.sum_series).toMatchObject({ runs: 3, misses: 3 });
  expect(stats.callbacks.simulate!.runs).toBe(1);
});
