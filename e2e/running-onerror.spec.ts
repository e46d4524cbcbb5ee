import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { setRangeOf, startEditor, tempDir, type Running } from './support';

// Issue 11 §2: running props and an onError handler, set in the callback's settings without
// touching JSON, work in the preview: the status reads "working" while the callback runs, and a
// failure is handled (its output set by the handler, no error overlay).

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

const at = (y: number) => ({ x: 0, y, w: 6, h: 2 });

function writeProject(dir: string): void {
  mkdirSync(join(dir, 'callbacks'), { recursive: true });
  const project = {
    format: 'dashwright',
    version: 1,
    name: 'Handled',
    components: [
      { id: 'n', type: 'slider', props: { min: 0, max: 10, step: 1, value: 3 }, grid: at(0) },
      { id: 'out', type: 'text', props: { text: '' }, grid: at(2) },
      { id: 'status', type: 'text', props: { text: 'idle' }, grid: at(4) },
    ],
    callbacks: [{ id: 'double', inputs: [{ id: 'n', prop: 'value', as: 'n' }], state: [], outputs: [{ id: 'out', prop: 'text', as: 'text' }], placement: 'server' }],
  };
  writeFileSync(join(dir, 'dashwright.json'), `${JSON.stringify(project, null, 2)}\n`);
  writeFileSync(
    join(dir, 'callbacks', 'double.ts'),
    'export default async function double({ n }: Inputs, _ctx: Ctx): Promise<Outputs> {\n  await new Promise((r) => setTimeout(r, 800));\n  if (n > 5) throw new Error(`${n} is too big`);\n  return `twice ${n} is ${n * 2}`;\n}\n',
  );
}

test('running props and a new onError handler, made in the callback settings, run in the preview', async ({ page }) => {
  const dir = join(tempDir('handled'), 'handled');
  writeProject(dir);
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(3);
  await page.getByTestId('tab-callbacks').click();
  await page.getByTestId('callback-item-double').click();

  // While running: status.text "working" → "idle"
  await page.getByTestId('callback-add-running').click();
  await page.getByTestId('callback-running-prop').selectOption('status.text');
  await page.getByTestId('callback-running-on').fill('"working"');
  await page.getByTestId('callback-running-off').fill('"idle"');
  await page.getByTestId('callback-running-add').click();
  await expect(page.getByTestId('callback-running-entry')).toContainText('status.text: "working" → "idle"');

  // A new handler, its code typed into Monaco
  await page.getByTestId('callback-on-error').selectOption({ label: 'New handler…' });
  await expect(page.getByTestId('callback-item-handleError')).toHaveAttribute('aria-current', 'true');
  const box = page.getByTestId('callback-editor');
  await expect(box.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await box.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('export default function handleError(error: CallbackError, _ctx: Ctx): Outputs {\n  return `handled: ${error.message}`;\n}\n');
  await page.getByTestId('callback-id').click(); // leaves Monaco: the code goes to the document

  await page.keyboard.press('ControlOrMeta+S');
  const saved = () => JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8')) as { callbacks: { id: string; onError?: string; running?: unknown[] }[] };
  await expect.poll(() => saved().callbacks.find((c) => c.id === 'double')?.onError, { timeout: 15_000 }).toBe('handleError');
  expect(saved().callbacks.find((c) => c.id === 'double')?.running).toEqual([{ id: 'status', prop: 'text', on: 'working', off: 'idle' }]);

  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#out')).toHaveText('twice 3 is 6', { timeout: 30_000 });
  await expect(preview.locator('#status')).toHaveText('idle');
  await setRangeOf(preview.locator('#n input[type="range"]'), 7);
  await expect(preview.locator('#status')).toHaveText('working');
  await expect(preview.locator('#out')).toHaveText('handled: 7 is too big', { timeout: 15_000 });
  await expect(preview.locator('#status')).toHaveText('idle');
  await expect(preview.getByTestId('error-overlay')).toHaveCount(0);
});
