import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, startEditor, tempDir, type Running } from './support';

// Issue #10, "Done when": a reload right after an edit either warns or restores the edit.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

test('a reload right after an edit asks first, and the edit and the view mode come back on reopen', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);

  // The view mode is remembered across reloads too
  await page.getByTestId('toolbar-view-split').click();

  const prompts: string[] = [];
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type());
    void dialog.accept(); // leave the page
  });
  await page.getByTestId('palette-item-text').click();
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(3);
  await page.reload();

  // Either the browser asked before leaving, or the edit was parked already: it is offered back.
  expect(prompts.every((p) => p === 'beforeunload')).toBe(true);
  await expect(page.getByTestId('dialog-confirm')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('dialog-confirm').click();
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(3);
  await expect(page.getByTestId('toolbar-view-split')).toHaveAttribute('aria-checked', 'true');
});
