import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, startEditor, tempDir, type Running } from './support';

// Issue #10, "Done when": a CSV dropped onto the editor lands in data/, its rows show in the
// Data panel, and a date column is typed as a date in Monaco.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

const CSV = 'day,region,orders\n03/18/2025,North,4\n03/19/2025,South,7\n03/20/2025,North,2\n';

test('a CSV dropped onto the editor lands in data/, shows its rows, and its dates are Date in Monaco', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);

  // Drop a file from the desktop onto the canvas
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'sales.csv', { type: 'text/csv' }));
    return dt;
  }, CSV);
  await page.dispatchEvent('[data-testid="canvas"]', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('file-drop-overlay')).toBeVisible();
  await page.dispatchEvent('[data-testid="canvas"]', 'drop', { dataTransfer });
  await expect(page.getByTestId('file-drop-overlay')).toHaveCount(0);

  // It is in data/, and the Data panel shows its rows and column types
  await expect.poll(() => existsSync(join(dir, 'data', 'sales.csv')), { timeout: 15_000 }).toBe(true);
  expect(readFileSync(join(dir, 'data', 'sales.csv'), 'utf8')).toBe(CSV);
  const preview = page.getByTestId('data-preview-sales.csv');
  await expect(preview).toBeVisible({ timeout: 15_000 });
  await expect(preview.getByTestId('data-preview-count')).toContainText('3 rows');
  await expect(preview.getByTestId('data-col-type-day')).toHaveText('Date');
  await expect(preview.getByTestId('data-col-type-orders')).toHaveText('number');
  await expect(preview.locator('tbody tr')).toHaveCount(3);
  await expect(preview.locator('tbody tr').first()).toContainText('North');

  // In Monaco, a row's day is a Date: a string method on it is an error, a Date method is not
  await page.getByTestId('tab-callbacks').click();
  await page.getByTestId('callback-item-double').click();
  const code = page.getByTestId('callback-editor');
  await expect(code.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await code.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText("export default async function double({ n }: Inputs, ctx: Ctx): Promise<string> {\n  const rows = await ctx.data.csv('sales.csv');\n  return rows[0]!.day.toUpperCase() + n;\n}\n");
  await expect(code.locator('.squiggly-error').first()).toBeAttached({ timeout: 60_000 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText("export default async function double({ n }: Inputs, ctx: Ctx): Promise<string> {\n  const rows = await ctx.data.csv('sales.csv');\n  return `${rows[0]!.day.getFullYear()} ${n}`;\n}\n");
  await expect(code.locator('.squiggly-error')).toHaveCount(0, { timeout: 60_000 });
});
