import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, setRangeOf, startEditor, tempDir, type Running } from './support';

// Issue #10 §7: in Design and Split views the canvas shows the values the preview last produced,
// marked as preview values, and never saved into the project.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

test('the canvas draws what the preview produced, marked; a toggle shows the project values; nothing is saved', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  const out = page.getByTestId('canvas-item-out');
  // Before the preview ran, the canvas draws the project's values.
  await expect(out.locator('#out')).toHaveText('');
  await expect(page.locator('.preview-values-badge')).toHaveCount(0);

  // Split view: the preview's initial load reaches the canvas, marked.
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#out')).toHaveText('twice 3 is 6', { timeout: 30_000 });
  await expect(out.locator('#out')).toHaveText('twice 3 is 6');
  await expect(out.locator('.preview-values-badge')).toBeVisible();
  await expect(page.getByTestId('canvas-item-n').locator('.preview-values-badge')).toHaveCount(0);

  // Moving the slider in the preview updates both the preview and the canvas.
  await setRangeOf(preview.locator('#n input[type=range]'), 7);
  await expect(preview.locator('#out')).toHaveText('twice 7 is 14', { timeout: 30_000 });
  await expect(out.locator('#out')).toHaveText('twice 7 is 14');
  await expect(page.getByTestId('canvas-item-n').locator('.preview-values-badge')).toBeVisible();

  // Design view keeps what the preview last produced.
  await page.getByTestId('toolbar-view-design').click();
  await expect(out.locator('#out')).toHaveText('twice 7 is 14');

  // The toggle shows the project's own values again.
  await page.getByTestId('toggle-preview-values').click();
  await expect(out.locator('#out')).toHaveText('');
  await expect(page.locator('.preview-values-badge')).toHaveCount(0);
  await page.getByTestId('toggle-preview-values').click();
  await expect(out.locator('#out')).toHaveText('twice 7 is 14');

  // An edit saved writes the project's values, not the preview's.
  type Saved = { components: { id: string; props: Record<string, unknown>; grid: { h: number } }[] };
  const read = (): Saved => JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8')) as Saved;
  await out.click();
  await page.getByTestId('inspector-grid-h').fill('3');
  await page.getByTestId('inspector-grid-h').press('Enter');
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => read().components.find((c) => c.id === 'out')?.grid.h, { timeout: 10_000 }).toBe(3);
  const saved = read();
  expect(saved.components.find((c) => c.id === 'out')?.props.text).toBe('');
  expect(saved.components.find((c) => c.id === 'n')?.props.value).toBe(3);
});
