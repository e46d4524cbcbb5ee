import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, setRangeOf, startEditor, tempDir, type Running } from './support';

// Issue #4, "Dev tools in the preview": the callback graph with each callback's last run, the
// list of recent cascades, and a click on a callback opening its code.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

test('dev tools: graph with timings, a new cascade per slider move, click a callback to open its code', async ({ page }) => {
  const dir = join(tempDir('gapminder'), 'gapminder');
  cpSync(join(ROOT, 'examples', 'gapminder'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(5);

  // Split view runs the app in the preview; the Dev tools tab shows what it did
  await page.getByTestId('toolbar-view-split').click();
  await page.getByTestId('tab-devtools').click();
  await expect(page.getByTestId('devtools-graph')).toBeVisible();
  const draw = page.getByTestId('devtools-node-draw');
  await expect(draw).toHaveAttribute('data-ms', /^\d+(\.\d+)?$/, { timeout: 60_000 });
  await expect(draw).toHaveAttribute('data-placement', 'server');
  await expect(page.getByTestId('devtools-node-select_rows')).toHaveAttribute('data-ms', /\d/);
  await expect(page.locator('[data-testid="devtools-cascade"][data-initial="true"]').first()).toBeVisible();

  // Moving the year slider in the preview adds a cascade set off by year.value, newest first
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#year input[type="range"]')).toBeVisible({ timeout: 30_000 });
  const byYear = page.locator('[data-testid="devtools-cascade"][data-trigger="year.value"]');
  await expect(byYear).toHaveCount(0);
  await setRangeOf(preview.locator('#year input[type="range"]'), 1990);
  await expect(byYear).toHaveCount(1);
  await expect(page.getByTestId('devtools-cascade').first()).toHaveAttribute('data-trigger', 'year.value');
  await expect(byYear).toContainText('select_rows');
  await expect(byYear).toContainText('draw');
  await expect(byYear).toContainText('1 req');
  await expect(draw).toContainText('year.value'); // the node shows what last triggered it

  // Clicking the draw node opens its code in the Callbacks tab
  await draw.click();
  await expect(page.getByTestId('tab-callbacks')).toHaveAttribute('aria-selected', 'true');
  const item = page.getByTestId('callback-item-draw');
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(item).toContainText(/server · [\d.]+ ms/); // last run time in the callbacks list
  await expect(page.getByTestId('callback-editor')).toBeVisible();

  // The Graph tab shows the same wiring at design time; a component node selects it on the canvas
  await page.getByTestId('tab-graph').click();
  await expect(page.getByTestId('graph-node-draw')).not.toHaveAttribute('data-ms');
  await page.getByTestId('graph-prop-chart.figure').click();
  await expect(page.getByTestId('canvas-item-chart').locator('.selection-frame')).toBeAttached();
});
