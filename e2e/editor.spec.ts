import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, setRangeOf, startEditor, tempDir, type Running } from './support';

// Editing an existing project: undo/redo of canvas edits, inspector edits live on the canvas and
// in the preview (keeping the values the user set there), and Monaco underlining a return type
// that does not match the wiring.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

test('undo and redo, live inspector edits, preview keeps user values, type errors underlined', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);

  // Undo and redo a component added from the palette
  await page.getByTestId('palette-item-button').click();
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(3);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(3);
  await page.getByTestId('toolbar-undo').click();
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);

  // The preview runs the app; the user moves the slider there
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#out')).toHaveText('twice 3 is 6', { timeout: 30_000 });
  await setRangeOf(preview.locator('#n input[type="range"]'), 9);
  await expect(preview.locator('#out')).toHaveText('twice 9 is 18');

  // An inspector edit shows on the canvas and in the preview, which keeps the slider at 9
  await page.getByTestId('canvas-item-n').click({ position: { x: 8, y: 8 } });
  const label = page.getByTestId('inspector-field-label');
  await label.fill('How many?');
  await expect(page.locator('#n[data-type="slider"]')).toContainText('How many?');
  await expect(preview.locator('#n')).toContainText('How many?');
  await expect(preview.locator('#n input[type="range"]')).toHaveValue('9');
  await expect(preview.locator('#out')).toHaveText('twice 9 is 18');

  // A code edit reaches the preview
  await page.getByTestId('callback-item-double').click();
  const code = page.getByTestId('callback-editor');
  await expect(code.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await code.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('export default function double({ n }: { n: number }): string {\n  return `thrice ${n} is ${n * 3}`;\n}\n');
  await expect(preview.locator('#out')).toHaveText('thrice 9 is 27', { timeout: 15_000 });

  // A number returned to a text's `text` (a string) is underlined before anything runs
  await expect(code.locator('.squiggly-error')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('export default function double({ n }: { n: number }) {\n  return n * 2;\n}\n');
  await expect(code.locator('.squiggly-error').first()).toBeAttached({ timeout: 60_000 });
});

test('Preview gives the app the width: palette and inspector fold away and come back', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  const ed = await startEditor(tempDir('home'));
  try {
    await page.goto(`${ed.url}?project=${encodeURIComponent(dir)}`);
    await expect(page.getByTestId('palette-item-slider')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+3');
    await expect(page.frameLocator('[data-testid="preview-frame"]').locator('#out')).toHaveText('twice 3 is 6', { timeout: 30_000 });
    const width = async (id: string) => (await page.locator(`[id="${id}"]`).boundingBox())?.width ?? 0;
    await expect.poll(() => width('dw-panel-sidebar')).toBeLessThan(1);
    await expect.poll(() => width('dw-panel-inspector')).toBeLessThan(1);
    await page.keyboard.press('ControlOrMeta+1');
    await expect.poll(() => width('dw-panel-sidebar')).toBeGreaterThan(150);
    await expect.poll(() => width('dw-panel-inspector')).toBeGreaterThan(150);
    await expect(page.getByTestId('palette-item-slider')).toBeVisible();
  } finally {
    await ed.stop();
  }
});

test('renaming an argument in the wiring renames it in the code, as one undo step', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  const ed = await startEditor(tempDir('home'));
  try {
    await page.goto(`${ed.url}?project=${encodeURIComponent(dir)}`);
    await page.getByTestId('callback-item-double').click();
    const code = page.getByTestId('callback-editor');
    await expect(code.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
    await expect(code.locator('.view-lines')).toContainText('double({ n }', { timeout: 30_000 });

    const asName = page.getByTestId('wiring-as-inputs-n.value');
    await asName.fill('count');
    await asName.press('Enter');
    await expect(code.locator('.view-lines')).toContainText('double({ count }: { count: number })');
    await expect(code.locator('.view-lines')).toContainText('twice ${count} is ${count * 2}');
    await expect(code.locator('.squiggly-error')).toHaveCount(0, { timeout: 30_000 });

    await page.getByTestId('toolbar-undo').click();
    await expect(asName).toHaveValue('n');
    await expect(code.locator('.view-lines')).toContainText('double({ n }: { n: number })');
  } finally {
    await ed.stop();
  }
});
