import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, setRangeOf, startEditor, tempDir, type Running } from './support';

// Issue #10, "Done when": a named value, a background callback with a cancel button and a cached
// callback are created without touching JSON, and run in the preview. Project settings too.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

async function pick(page: Page, add: string, key: string): Promise<void> {
  const picker = page.getByTestId('wiring-picker');
  if (!(await picker.isVisible())) await page.getByTestId(add).click();
  await picker.selectOption(key);
  await page.getByTestId('wiring-picker-confirm').click();
}

/** New callback wired `inputs` → `output`, with `code` typed into Monaco. */
async function newCallback(page: Page, output: string, input: string, code: string): Promise<void> {
  await page.getByTestId('callback-new').click();
  await pick(page, 'wiring-add-output', output);
  await pick(page, 'wiring-add-input', input);
  await page.getByTestId('callback-create').click();
  const box = page.getByTestId('callback-editor');
  await expect(box.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await box.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  await page.getByTestId('callback-id').click(); // leaves Monaco: the code goes to the document
}

function manifest(dir: string): { values: { id: string }[]; callbacks: { id: string; background?: boolean; cancel?: { id: string; prop: string }[]; cache?: { ttlSeconds: number }; timeoutMs?: number }[]; settings?: { title?: string; showTitle?: boolean }; theme?: { mode?: string } } {
  return JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8'));
}

test('a named value, a background callback with a cancel button and a cached callback, made in the UI, run in the preview', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  for (const type of ['text', 'button', 'text']) await page.getByTestId(`palette-item-${type}`).click();
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(5);

  // A named value, renamed in place
  await page.getByTestId('tab-callbacks').click();
  await page.getByTestId('value-new').click();
  await page.getByTestId('value-id').fill('doubled');
  await page.getByTestId('value-id').press('Enter');
  await expect(page.getByTestId('value-item-doubled')).toBeVisible();

  // n → doubled (the value) → text, the last one cached for a minute
  await newCallback(page, 'doubled.value', 'n.value', 'export default function twice({ n }: Inputs, _ctx: Ctx) {\n  return n * 2;\n}\n');
  await newCallback(page, 'text.text', 'doubled.value', 'export default function show({ doubled }: Inputs, _ctx: Ctx): Outputs {\n  return `doubled is ${doubled}`;\n}\n');
  await page.getByTestId('callback-cache-ttl').fill('60');
  await page.getByTestId('callback-cache-ttl').press('Enter');
  await page.getByTestId('value-item-doubled').click();
  await expect(page.getByTestId('value-writers')).toContainText('Written by:');
  await expect(page.getByTestId('value-readers')).toContainText('Read by:');

  // A slow background callback that the button cancels
  await newCallback(
    page,
    'text2.text',
    'n.value',
    'export default async function slow({ n }: Inputs, ctx: Ctx): Promise<Outputs> {\n  for (let i = 0; i < 10; i++) {\n    ctx.progress(i / 10, `step ${i}`);\n    await new Promise((r) => setTimeout(r, 150));\n  }\n  return `slow ${n}`;\n}\n',
  );
  await page.getByTestId('callback-background').check();
  await page.getByTestId('callback-add-cancel').click();
  await page.getByTestId('wiring-picker').selectOption('button.clicks');
  await page.getByTestId('wiring-picker-confirm').click();
  await expect(page.getByTestId('callback-cancel')).toContainText('button.clicks');

  // Saved as the manifest says, without touching JSON
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => manifest(dir).callbacks.length, { timeout: 15_000 }).toBe(4);
  const saved = manifest(dir);
  expect(saved.values).toEqual([{ id: 'doubled' }]);
  const slow = saved.callbacks.find((c) => c.background);
  expect(slow?.cancel).toEqual([{ id: 'button', prop: 'clicks' }]);
  expect(saved.callbacks.filter((c) => c.cache?.ttlSeconds === 60)).toHaveLength(1);

  // All of it runs in the preview
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#text')).toHaveText('doubled is 6', { timeout: 30_000 });
  await expect(preview.locator('#text2')).toHaveText('slow 3', { timeout: 30_000 });
  await setRangeOf(preview.locator('#n input[type="range"]'), 7);
  await expect(preview.locator('#text')).toHaveText('doubled is 14');
  await expect(preview.locator('#text2')).toHaveText('slow 7', { timeout: 30_000 });
  // Moved again, then cancelled with the button: the last result stays
  await setRangeOf(preview.locator('#n input[type="range"]'), 9);
  await expect(preview.locator('#text')).toHaveText('doubled is 18');
  await preview.locator('#button button').click();
  await page.waitForTimeout(2500);
  await expect(preview.locator('#text2')).toHaveText('slow 7');
});

test('project settings: title, theme and grid from a dialog, one undo step', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor ??= await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  await page.getByTestId('toolbar-settings').click();
  await page.getByTestId('settings-title').fill('Numbers');
  await page.getByTestId('settings-theme').selectOption('dark');
  await page.getByTestId('settings-cols').fill('99');
  await expect(page.getByTestId('dialog-confirm')).toBeDisabled();
  await page.getByTestId('settings-cols').fill('24');
  await page.getByTestId('dialog-confirm').click();
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('.dw-title')).toHaveText('Numbers', { timeout: 30_000 });
  await expect(preview.locator('html')).toHaveAttribute('data-dw-theme', 'dark');
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => manifest(dir).settings?.title, { timeout: 15_000 }).toBe('Numbers');
  expect(manifest(dir).theme?.mode).toBe('dark');
  // Undo takes the whole dialog back
  await page.getByTestId('toolbar-undo').click();
  await expect(preview.locator('.dw-title')).toHaveText('Hello', { timeout: 30_000 });
});
