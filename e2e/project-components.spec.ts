import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { exportProject } from '../export/exportApp';
import { freePort, ROOT, setRange, setRangeOf, startEditor, startExported, tempDir, type Running } from './support';

// Issue #9, "Done when": a project with its own `gauge` component shows it in the palette,
// canvas and preview; in the exported app a callback reads and writes its props and its own
// setProp triggers callbacks. Also "New component…", Monaco's types and hot reload.

const running: Running[] = [];

test.afterAll(async () => {
  await Promise.all(running.map((r) => r.stop()));
});

test('the editor shows a project component in palette, canvas and preview; a new one is written, typed and hot-reloaded', async ({ page }) => {
  const dir = join(tempDir('gauges'), 'gauges');
  cpSync(join(ROOT, 'examples', 'gauges'), dir, { recursive: true });
  const editor = await startEditor(tempDir('home'));
  running.push(editor);
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);

  // Palette (its Project group), canvas and layers know the gauge
  const projectGroup = page.getByRole('group', { name: 'Project' });
  await expect(projectGroup.getByTestId('palette-item-gauge')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="canvas"] #pressure[data-type="gauge"] [role="meter"]')).toBeVisible();

  // The preview runs it: the readings callback writes its value, the describe callback reads it
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#pressure [role="meter"]')).toHaveAttribute('aria-valuenow', '4.9', { timeout: 30_000 });
  await expect(preview.locator('#status')).toHaveText('Normal: 4.9 bar, 54 °C');
  await setRangeOf(preview.locator('#load input[type="range"]'), 80);
  await expect(preview.locator('#status')).toHaveText(/Alarm: pressure high/);

  // New component… writes a starter and opens it in Monaco, which knows dashwright/component's types
  await page.getByTestId('tab-callbacks').click();
  await page.getByTestId('component-new').click();
  await page.getByTestId('component-new-type').fill('gauge');
  await expect(page.getByTestId('component-new-form')).toContainText('already has a component "gauge"');
  await page.getByTestId('component-new-type').fill('badge');
  await page.getByTestId('component-create').click();
  const code = page.getByTestId('component-editor');
  await expect(code.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await expect(code).toContainText("type: 'badge'");
  await expect(page.getByTestId('palette-item-badge')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('palette-item-badge').click();
  await expect(page.locator('[data-testid="canvas"] [data-type="badge"]')).toContainText('Badge: 0');
  await expect(preview.locator('[data-type="badge"]')).toContainText('Badge: 0', { timeout: 30_000 });

  // A wrong type in the component's code is underlined
  await code.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(
    "import { defineComponent, z } from 'dashwright/component';\nexport default defineComponent({ type: 'badge', label: 'Badge', size: { w: 3, h: 2 }, props: z.object({ count: z.number().default(0) }), inputs: ['count'], View({ props, setProp }) { return <button type=\"button\" onClick={() => setProp('count', 'one')}>Count {props.count}</button>; } });\n",
  );
  await expect(code.locator('.squiggly-error').first()).toBeAttached({ timeout: 60_000 });

  // Fixed, it hot-reloads on the canvas and in the preview; the value the user set there stays
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(
    "import { defineComponent, z } from 'dashwright/component';\nexport default defineComponent({ type: 'badge', label: 'Badge', size: { w: 3, h: 2 }, props: z.object({ count: z.number().default(0) }), inputs: ['count'], View({ props, setProp }) { return <button type=\"button\" onClick={() => setProp('count', props.count + 1)}>Count {props.count}</button>; } });\n",
  );
  await expect(page.locator('[data-testid="canvas"] [data-type="badge"]')).toContainText('Count 0', { timeout: 30_000 });
  await expect(preview.locator('[data-type="badge"]')).toContainText('Count 0', { timeout: 30_000 });
  await expect(code.locator('.squiggly-error')).toHaveCount(0, { timeout: 60_000 });
  await expect(preview.locator('#load input[type="range"]')).toHaveValue('80');

  // Saved into the project folder
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => existsSync(join(dir, 'components', 'badge', 'index.tsx'))).toBe(true);
  expect(readFileSync(join(dir, 'components', 'badge', 'index.tsx'), 'utf8')).toContain("setProp('count', props.count + 1)");
});

test('in the exported app a callback writes and reads a project component, and its own setProp sets callbacks off', async ({ page }) => {
  const out = join(tempDir('gauges-export'), 'gauges-app');
  await exportProject({ projectDir: join(ROOT, 'examples', 'gauges'), outDir: out });
  const app = await startExported(out, freePort());
  running.push(app);
  await page.goto(app.url);
  await expect(page.locator('#pressure[data-type="gauge"] [role="meter"]')).toHaveAttribute('aria-valuenow', '4.9');
  await expect(page.locator('#status')).toHaveText('Normal: 4.9 bar, 54 °C');
  await setRange(page, '#load input[type="range"]', 100);
  await expect(page.locator('#temperature [role="meter"]')).toHaveAttribute('aria-valuenow', '120');
  await expect(page.locator('#status')).toHaveText('Alarm: pressure high, temperature high (11.5 bar, 120 °C)');
  // Clicking a dial resets it through its own setProp: describe runs with the new value
  await page.locator('#pressure button').click();
  await expect(page.locator('#pressure [role="meter"]')).toHaveAttribute('aria-valuenow', '0');
  await expect(page.locator('#status')).toHaveText('Alarm: temperature high (0 bar, 120 °C)');
});
