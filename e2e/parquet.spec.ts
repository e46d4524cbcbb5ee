import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { duckdbUnavailable, writeParquet } from '../runtime/server/parquetFixture';
import { ROOT, startEditor, tempDir, type Running } from './support';

// Issue #10 §5: a Parquet file of data/ shows in the Data tab, and in Monaco ctx.data.parquet and a
// literal ctx.data.sql query are typed from its columns.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

const QUERY = "select region, sum(orders) as total from 'sales.parquet' group by region";

test('a Parquet file shows its rows and column types, and its columns type ctx.data.parquet and ctx.data.sql in Monaco', async ({ page }) => {
  const unavailable = await duckdbUnavailable();
  test.skip(unavailable !== null, `skipped: ${unavailable}`);
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  await writeParquet(join(dir, 'data', 'sales.parquet'), "select * from (values (date '2025-03-18', 'North', 4), (date '2025-03-19', 'South', 7), (date '2025-03-20', 'North', 2)) t(day, region, orders)");
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);

  await page.getByTestId('tab-data').click();
  await page.getByTestId('data-file-sales.parquet').click();
  const preview = page.getByTestId('data-preview-sales.parquet');
  await expect(preview.getByTestId('data-preview-count')).toContainText('3 rows');
  await expect(preview.getByTestId('data-col-type-day')).toHaveText('Date');
  await expect(preview.getByTestId('data-col-type-orders')).toHaveText('number');
  await expect(preview.locator('tbody tr')).toHaveCount(3);
  await expect(preview.locator('tbody tr').first()).toContainText('2025-03-18');
  await expect(preview.locator('.data-reader')).toHaveText("await ctx.data.parquet('sales.parquet')");

  await page.getByTestId('tab-callbacks').click();
  await page.getByTestId('callback-item-double').click();
  const code = page.getByTestId('callback-editor');
  await expect(code.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  const write = async (body: string): Promise<void> => {
    await code.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(`export default async function double({ n }: Inputs, ctx: Ctx): Promise<string> {\n${body}\n}\n`);
  };
  // A query's total is a number: a string method on it is an error, a number method is not.
  await write(`  const rows = await ctx.data.sql(${JSON.stringify(QUERY)});\n  return rows[0]!.total.toUpperCase() + n;`);
  await expect(code.locator('.squiggly-error').first()).toBeAttached({ timeout: 60_000 });
  await write(`  const rows = await ctx.data.sql(${JSON.stringify(QUERY)});\n  const days = await ctx.data.parquet('sales.parquet');\n  return rows[0]!.total.toFixed(1) + days[0]!.day.getFullYear() + n;`);
  await expect(code.locator('.squiggly-error')).toHaveCount(0, { timeout: 60_000 });
});
