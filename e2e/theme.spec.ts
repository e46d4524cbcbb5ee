import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, startEditor, tempDir, type Running } from './support';

// Issue #10 §8: dark mode covers the canvas cards and the preview (for a project without a theme mode of its own).

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

test('the editor in dark mode shows the canvas cards and the preview dark; a project that says light stays light', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  await page.getByTestId('toolbar-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-dw-theme', 'dark');
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#out')).toHaveText('twice 3 is 6', { timeout: 30_000 });
  await expect(preview.locator('html')).toHaveAttribute('data-dw-theme', 'dark');

  // A project that sets light keeps it in both
  await page.getByTestId('toolbar-settings').click();
  await page.getByTestId('settings-theme').selectOption('light');
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('canvas')).not.toHaveAttribute('data-dw-theme', 'dark');
  await expect(preview.locator('html')).not.toHaveAttribute('data-dw-theme', 'dark', { timeout: 30_000 });
});
