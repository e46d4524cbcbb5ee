import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, startEditor, tempDir, type Running } from './support';

// Workspace trust (DESIGN §8): a project folder this user did not create here opens in
// restricted mode. The design works; the preview draws the app but its server has no callbacks,
// so none runs, until the user trusts the folder. The answer is remembered.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

test('an untrusted example opens in restricted mode; its callbacks run only once trusted', async ({ page }) => {
  const dir = join(tempDir('untrusted'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'), { trustAll: false });
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);

  const banner = page.getByTestId('trust-banner');
  await expect(banner).toContainText('Restricted mode');
  await expect(banner).toContainText(dir);
  // Design still works.
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);

  await page.getByTestId('toolbar-view-split').click();
  await expect(page.getByTestId('preview-restricted')).toBeVisible();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#n input[type="range"]')).toBeVisible({ timeout: 60_000 });
  // The preview server was given no callbacks to run, and none ran.
  const src = await page.getByTestId('preview-frame').getAttribute('src');
  const spec = (await (await page.request.get(new URL('_dashwright/spec', src!).href)).json()) as { callbacks: unknown[]; components: unknown[] };
  expect(spec.components).toHaveLength(2);
  expect(spec.callbacks).toEqual([]);
  await expect(preview.locator('#out')).toHaveText('');

  // Trusting the folder runs them.
  await page.getByTestId('trust-folder').click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('preview-restricted')).toHaveCount(0);
  await expect(preview.locator('#out')).toHaveText('twice 3 is 6', { timeout: 30_000 });

  // Remembered: opening it again does not ask.
  await page.reload();
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  await expect(page.getByTestId('trust-banner')).toHaveCount(0);
});
