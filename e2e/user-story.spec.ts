import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort, setRange, setRangeOf, startEditor, startExported, tempDir, type Running } from './support';

// The whole first-use story of issue #3, in browser mode: new project, drag a slider and a text
// onto the grid, wire a callback, type its code in Monaco, see it run in the preview, save,
// reopen, export, run the exported server and use the app there.

let editor: Running | undefined;
let exported: Running | undefined;

test.afterAll(async () => {
  await exported?.stop();
  await editor?.stop();
});

async function dropOnCanvas(page: Page, type: string, x: number, y: number): Promise<void> {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  await page.getByTestId(`palette-item-${type}`).dragTo(canvas, { targetPosition: { x: Math.min(x, box.width - 20), y } });
}

async function canvasIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid^="canvas-item-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

async function pick(page: Page, role: 'input' | 'output', key: string): Promise<void> {
  const picker = page.getByTestId('wiring-picker');
  if (!(await picker.isVisible())) await page.getByTestId(`wiring-add-${role}`).click();
  await picker.selectOption(key);
  await page.getByTestId('wiring-picker-confirm').click();
}

test('new project → grid → callback → preview → save → reopen → export → exported app', async ({ page }) => {
  const home = tempDir('home');
  const projectDir = join(tempDir('work'), 'my-dashboard');
  const outDir = join(tempDir('out'), 'my-dashboard-app');
  editor = await startEditor(home);

  // New project from the blank template
  await page.goto(editor.url);
  await page.getByTestId('welcome-new').click();
  await page.getByTestId('dialog-path-input').fill(projectDir);
  await page.getByTestId('template-blank').click();
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('canvas')).toBeVisible();

  // Drag a slider and a text onto the grid
  await dropOnCanvas(page, 'slider', 120, 60);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(1);
  await dropOnCanvas(page, 'text', 700, 60);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  const ids = await canvasIds(page);
  const slider = ids.find((id) => id.startsWith('slider'))!;
  const text = ids.find((id) => id.startsWith('text'))!;
  expect(slider && text).toBeTruthy();
  await expect(page.locator(`#${slider}[data-type="slider"] input[type="range"]`)).toBeVisible();
  const before = await layoutOf(page, [slider, text]);
  expect(Number(before[text][0])).toBeGreaterThan(Number(before[slider][0])); // each landed where it was dropped

  // Add a callback wiring slider.value → text.text and type its code in Monaco
  if (!(await page.getByTestId('callback-new').isVisible())) await page.getByTestId('tab-callbacks').click();
  await page.getByTestId('callback-new').click();
  await pick(page, 'output', `${text}.text`);
  await pick(page, 'input', `${slider}.value`);
  await page.getByTestId('callback-create').click();
  const editorBox = page.getByTestId('callback-editor');
  await expect(editorBox.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await editorBox.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // Inputs are named after their component unless given an "as" name.
  await page.keyboard.insertText(`export default function doubled({ ${slider} }: Inputs): string {\n  return \`twice \${${slider}} is \${${slider} * 2}\`;\n}\n`);

  // The preview runs it; moving the slider there updates the text
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator(`#${text}`)).toHaveText(/twice 5 is 10/, { timeout: 30_000 });
  await setRangeOf(preview.locator(`#${slider} input[type="range"]`), 8);
  await expect(preview.locator(`#${text}`)).toHaveText(/twice 8 is 16/);

  // Save, then reopen and find the same layout
  await page.getByTestId('toolbar-view-design').click();
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => existsSync(join(projectDir, 'callbacks', `${callbackIdOf(projectDir)}.ts`)), { timeout: 15_000 }).toBe(true);
  const manifest = JSON.parse(readFileSync(join(projectDir, 'dashwright.json'), 'utf8')) as { components: { id: string }[]; callbacks: { id: string }[] };
  expect(manifest.components.map((c) => c.id).sort()).toEqual([slider, text].sort());
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);

  await page.goto(`${editor.url}?project=${encodeURIComponent(projectDir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  expect(await layoutOf(page, [slider, text])).toEqual(before);

  // Export, start the exported server, and move the slider there
  await page.getByTestId('toolbar-export').click();
  await page.getByTestId('dialog-path-input').fill(outDir);
  await page.getByTestId('dialog-confirm').click();
  await expect.poll(() => existsSync(join(outDir, 'server.mjs')), { timeout: 60_000 }).toBe(true);

  exported = await startExported(outDir, freePort());
  await page.goto(exported.url);
  await expect(page.locator(`#${text}`)).toHaveText(/twice 5 is 10/);
  await setRange(page, `#${slider} input[type="range"]`, 3);
  await expect(page.locator(`#${text}`)).toHaveText(/twice 3 is 6/);
});

function callbackIdOf(projectDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(projectDir, 'dashwright.json'), 'utf8')) as { callbacks: { id: string }[] };
    return manifest.callbacks[0]?.id ?? '__none__';
  } catch {
    return '__none__';
  }
}

/** Each component's cell rectangle, as the inspector shows it after a click on the component. */
async function layoutOf(page: Page, ids: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const id of ids) {
    await page.getByTestId(`canvas-item-${id}`).click({ position: { x: 6, y: 6 } });
    await expect(page.getByTestId('inspector')).toContainText(`Inspector · ${id}`);
    out[id] = await Promise.all(['x', 'y', 'w', 'h'].map((k) => page.getByTestId(`inspector-grid-${k}`).inputValue()));
  }
  return out;
}
