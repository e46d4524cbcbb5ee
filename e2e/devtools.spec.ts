import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, setRangeOf, startEditor, tempDir, type Running } from './support';

// Issue #4, "Dev tools in the preview": the callback graph with each callback's last run, the
// list of recent cascades, and a click on a callback opening its code.

const editors: Running[] = [];

test.afterAll(async () => {
  await Promise.all(editors.map((e) => e.stop()));
});

async function openGapminder(page: Page, edit?: (dir: string) => void): Promise<void> {
  const dir = join(tempDir('gapminder'), 'gapminder');
  cpSync(join(ROOT, 'examples', 'gapminder'), dir, { recursive: true });
  edit?.(dir);
  const editor = await startEditor(tempDir('home'));
  editors.push(editor);
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(5);
}

test('dev tools: graph with timings, a new cascade per slider move, click a callback to open its code', async ({ page }) => {
  await openGapminder(page);

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

test('a throwing callback: error overlay in the preview with its .ts line, the rest keeps working, click opens its code', async ({ page }) => {
  await openGapminder(page, (dir) => {
    const file = join(dir, 'callbacks', 'summarize.ts');
    const source = readFileSync(file, 'utf8').replace('  if (rows.length === 0)', '  if (year > 1995) throw new Error(`no summary after 1995 (got ${year})`);\n  if (rows.length === 0)');
    writeFileSync(file, source);
  });
  await page.getByTestId('toolbar-view-split').click();
  await page.getByTestId('tab-devtools').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#summary')).toContainText('countries in 1980', { timeout: 60_000 });
  await expect(preview.getByTestId('error-overlay')).toHaveCount(0);

  await setRangeOf(preview.locator('#year input[type="range"]'), 2000);
  const overlay = preview.getByTestId('error-overlay');
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('summarize');
  await expect(preview.getByTestId('error-overlay-message')).toHaveText('no summary after 1995 (got 2000)');
  await expect(preview.getByTestId('error-overlay-location')).toContainText('callbacks/summarize.ts:4');
  await expect(preview.locator('.dw-toast')).toHaveCount(0); // the overlay replaces the toast in the editor
  await expect(preview.locator('#chart .main-svg').first()).toBeAttached(); // draw still ran

  // The dev tools mark the failed callback and the cascade in red
  await expect(page.getByTestId('devtools-node-summarize')).toHaveClass(/is-failed/);
  await expect(page.getByTestId('devtools-cascade').first()).toContainText('Error in summarize');

  // "Open summarize in the editor" shows its code; dismiss closes the card
  await preview.getByTestId('error-overlay-open').click();
  await expect(page.getByTestId('tab-callbacks')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('callback-item-summarize')).toHaveAttribute('aria-current', 'true');
  await preview.getByTestId('error-overlay-dismiss').click();
  await expect(overlay).toHaveCount(0);
  await setRangeOf(preview.locator('#year input[type="range"]'), 1990);
  await expect(preview.locator('#summary')).toContainText('countries in 1990');
});

test('a deliberate type error in gapminder: underlined in Monaco, in Problems, and listed by `dashwright validate`', async ({ page }) => {
  let dir = '';
  await openGapminder(page, (d) => {
    dir = d;
  });
  await page.getByTestId('callback-item-summarize').click();
  const code = page.getByTestId('callback-editor');
  await expect(code.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await expect(code.locator('.squiggly-error')).toHaveCount(0, { timeout: 30_000 });

  // summary.text is a string; the callback now returns the number of rows
  await code.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('interface Row { country: string }\n\nexport default function summarize({ rows }: { rows: Row[] }) {\n  return rows.length;\n}\n');
  await expect(code.locator('.squiggly-error').first()).toBeAttached({ timeout: 60_000 });

  // The named value `rows` has the type select_rows returns: a misspelt field is an error too
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('export default function summarize({ rows }: Inputs): string {\n  return rows.map((r) => r.contry).join();\n}\n');
  await expect(code.locator('.squiggly-error').first()).toBeAttached({ timeout: 60_000 });
  await expect(page.getByTestId('wiring-inputs')).toContainText('from select_rows');
  // …because select_rows reads data/gapminder.json, whose rows the Data tab shows typed
  await page.getByTestId('tab-data').click();
  await expect(page.getByTestId('data-type-gapminder.json')).toContainText('life_expect: number;');
  await page.getByTestId('tab-problems').click();
  await expect(page.getByTestId('problem-item').filter({ hasText: "Property 'contry' does not exist" })).toHaveCount(1, { timeout: 30_000 });
  await page.getByTestId('tab-callbacks').click();
  await code.locator('.monaco-editor .view-lines').click();

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('interface Row { country: string }\n\nexport default function summarize({ rows }: { rows: Row[] }) {\n  return rows.length;\n}\n');
  await expect(code.locator('.squiggly-error').first()).toBeAttached({ timeout: 60_000 });

  await page.getByTestId('tab-problems').click();
  const problem = page.getByTestId('problem-item').filter({ hasText: 'callbacks/summarize.ts' });
  await expect(problem.first()).toContainText(/number.*string|string.*number/, { timeout: 30_000 });

  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => readFileSync(join(dir, 'callbacks', 'summarize.ts'), 'utf8')).toContain('return rows.length;');
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'dashwright.mjs'), 'validate', dir], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stdout + run.stderr).toMatch(/callbacks\/summarize\.ts:\d+.*(number.*string|string.*number)/);
});
