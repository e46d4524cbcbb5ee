import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, startEditor, tempDir, type Running } from './support';

// Issue #10 §8: clicking a problem moves the cursor to its line and focuses Monaco.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

test('clicking a type error puts the cursor on its line in the code editor', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  writeFileSync(join(dir, 'callbacks', 'double.ts'), 'export default function double({ n }: { n: number }): string {\n  const x = 1;\n  return n * 2;\n}\n');
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  await page.getByTestId('tab-problems').click();
  await page.getByTestId('toolbar-validate').click();
  const problem = page.getByTestId('problem-item').filter({ hasText: 'callbacks/double.ts:3' });
  await expect(problem).toBeVisible({ timeout: 60_000 });
  await problem.click();
  const code = page.getByTestId('callback-editor');
  await expect(code.locator('.monaco-editor.focused')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.type('// here\n');
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => readFileSync(join(dir, 'callbacks', 'double.ts'), 'utf8').split('\n')[2], { timeout: 15_000 }).toBe('// here');
});

test('an export into a folder that is not free says so in the dialog, by the field', async ({ page }) => {
  const dir = join(tempDir('hello'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor ??= await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  await page.getByTestId('toolbar-export').click();
  await page.getByTestId('dialog-path-input').fill(dir);
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('export-error')).toContainText('is not empty and is not an earlier export');
  await expect(page.getByTestId('dialog')).toBeVisible();
  await page.getByTestId('dialog-path-input').fill(`${dir}-app`);
  await expect(page.getByTestId('export-error')).toHaveCount(0);
});

test('browser mode picks a folder with the host’s folder list: into a folder, up, choose, open', async ({ page }) => {
  const parent = tempDir('browse');
  const dir = join(parent, 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor ??= await startEditor(tempDir('home'));
  await page.goto(editor.url);
  await page.getByTestId('welcome-open').click();
  await page.getByTestId('dialog-path-input').fill(join(parent, 'hello', 'callbacks'));
  await page.getByTestId('dialog-browse').click();
  await expect(page.getByTestId('folder-browser-path')).toHaveText(join(parent, 'hello', 'callbacks'));
  await page.getByRole('button', { name: 'Parent folder' }).click();
  await page.getByRole('button', { name: 'Parent folder' }).click();
  await expect(page.getByTestId('folder-browser-path')).toHaveText(parent);
  await expect(page.getByTestId('folder-hello')).toContainText('project');
  await page.getByTestId('folder-hello').click();
  await page.getByTestId('folder-browser-choose').click();
  await expect(page.getByTestId('dialog-path-input')).toHaveValue(dir);
  await page.getByTestId('dialog-confirm').click();
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
});
