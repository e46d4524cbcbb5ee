import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ROOT, startEditor, tempDir, type Running } from './support';

// Issue #10 §6, "Graph view that edits": wire by dragging in the Graph tab (a prop onto a
// callback, a callback onto a prop, a prop onto empty space for a new callback), remove an edge,
// undo, and see a prop written by two callbacks drawn as a problem.

test.use({ viewport: { width: 1440, height: 900 } });

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

/** Press on `from`, move in steps (a drag, not a click) and release on `to` (a locator or a point). */
async function drag(page: Page, from: Locator, to: Locator | { x: number; y: number }, options: { shift?: boolean } = {}): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = 'x' in to ? { x: to.x, y: to.y, width: 0, height: 0 } : (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  if (options.shift) await page.keyboard.down('Shift');
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
  if (options.shift) await page.keyboard.up('Shift');
}

/** Open a component's props in the Graph tab's list (it may be open already: the canvas selection). */
async function expand(page: Page, id: string): Promise<void> {
  const row = page.getByTestId(`graph-list-${id}`);
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await expect(row).toHaveAttribute('aria-expanded', 'true');
}

const manifest = (dir: string): { callbacks: { id: string; inputs: { id: string; prop: string; as?: string }[]; state: { id: string; prop: string }[]; outputs: { id: string; prop: string }[] }[] } =>
  JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8'));

test('graph: drag a prop onto a callback, remove an edge and undo, a duplicate output shows as a problem', async ({ page }) => {
  const dir = join(tempDir('graph'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  await page.getByTestId('palette-item-dropdown').click(); // an unwired component: "dropdown"
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(3);
  await page.getByTestId('tab-graph').click();
  await expect(page.getByTestId('graph-hint')).toContainText('Shift');

  // Every component's props are listed, unwired ones too; drag one onto the callback
  await expand(page, 'dropdown');
  const dropdownValue = page.getByTestId('graph-list-prop-dropdown.value');
  await expect(dropdownValue).toBeVisible();
  const double = page.getByTestId('graph-node-double');
  await drag(page, dropdownValue, double);
  await expect(page.getByTestId('graph-edge-p:dropdown.value->cb:double:input')).toBeAttached();
  await expect(double).toContainText('2 in · 1 out');

  // With Shift held it is state instead
  await expand(page, 'n');
  await drag(page, page.getByTestId('graph-list-prop-n.max'), double, { shift: true });
  await expect(page.getByTestId('graph-edge-p:n.max->cb:double:state')).toBeAttached();

  // The wiring panel says the same; the code is not rewritten
  await double.click();
  await expect(page.getByTestId('wiring-chip-inputs-dropdown.value')).toBeVisible();
  await expect(page.getByTestId('wiring-chip-state-n.max')).toBeVisible();
  await page.getByTestId('tab-graph').click();

  // Select an edge by clicking it, Delete removes it, Mod+Z brings it back
  const edge = page.getByTestId('graph-edge-p:n.value->cb:double:input');
  await edge.click();
  await expect(edge).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('graph-edge-remove')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(edge).toHaveCount(0);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(3); // not the canvas selection
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(edge).toBeAttached();
  // …or with its × button
  await page.getByTestId('graph-edge-p:n.max->cb:double:state').click();
  await page.getByTestId('graph-edge-remove').click();
  await expect(page.getByTestId('graph-edge-p:n.max->cb:double:state')).toHaveCount(0);

  // A prop dropped on empty space offers a new callback taking it
  const graph = page.getByTestId('graph-graph');
  const area = (await graph.boundingBox())!;
  await drag(page, page.getByTestId('graph-list-prop-dropdown.value'), { x: area.x + area.width - 40, y: area.y + area.height - 30 });
  const menu = page.getByTestId('graph-new-callback-menu');
  await expect(menu).toContainText('with input dropdown.value');
  await menu.getByTestId('wiring-picker').selectOption('dropdown.label'); // a callback sets at least one prop
  await menu.getByTestId('wiring-picker-confirm').click();
  const created = page.getByTestId('graph-node-callback1');
  await expect(created).toBeVisible();
  await expect(created).toContainText('1 in · 1 out');
  await expect(page.getByTestId('graph-edge-cb:callback1->p:dropdown.label:output')).toBeAttached();

  // From the new callback onto a prop double already sets: allowed, and drawn as a problem
  await drag(page, created, page.getByTestId('graph-prop-out.text'));
  const duplicate = page.getByTestId('graph-edge-cb:callback1->p:out.text:output');
  await expect(duplicate).toBeAttached();
  await expect(duplicate).toHaveAttribute('class', /wg-edge-hit/);
  await expect(page.locator('[data-edge="cb:callback1->p:out.text:output"]')).toHaveAttribute('data-problem', 'true', { timeout: 10_000 });
  await expect(page.getByTestId('graph-prop-out.text')).toHaveAttribute('data-problem', 'true');
  await expect(page.getByTestId('graph-node-double')).toHaveAttribute('data-problem', 'true');
  await expect(page.getByTestId('graph-problem-count')).toContainText('1 wiring problem');
  await expect(page.getByTestId('graph-prop-out.text').locator('title')).toContainText('written by both');
  // A picture of the tab while editing: a taller bottom panel, no toasts, the duplicate edge selected
  const sep = (await page.locator('.sep-h').boundingBox())!;
  await page.mouse.move(sep.x + sep.width / 2, sep.y + sep.height / 2);
  await page.mouse.down();
  await page.mouse.move(sep.x + sep.width / 2, sep.y - 220, { steps: 8 });
  await page.mouse.up();
  await page.getByTestId('graph-edge-cb:callback1->p:out.text:output').click();
  await expect(page.getByTestId('graph-edge-remove')).toBeVisible();
  await page.mouse.move(10, 10);
  await page.screenshot({ path: join(ROOT, 'test-results', 'graph-edit.png') });
  // …and one mid-drag: a prop over a callback, the drop target outlined, what the drop does
  const options = (await page.getByTestId('graph-list-prop-dropdown.options').boundingBox())!;
  const target = (await page.getByTestId('graph-node-callback1').boundingBox())!;
  await page.mouse.move(options.x + 40, options.y + options.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + 60, target.y + 26, { steps: 10 });
  await expect(page.getByTestId('graph-drag-label')).toHaveText('dropdown.options → callback1 as input');
  await page.screenshot({ path: join(ROOT, 'test-results', 'graph-edit-drag.png') });
  await page.keyboard.press('Escape'); // cancels the drag
  await page.mouse.up();
  await expect(page.getByTestId('graph-edge-p:dropdown.options->cb:callback1:input')).toHaveCount(0);

  // "+ Callback" asks what the new callback sets; Escape leaves it
  await page.getByTestId('graph-new-callback').click();
  await expect(page.getByTestId('graph-new-callback-menu')).not.toContainText('with input');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('graph-new-callback-menu')).toHaveCount(0);

  // Saved: the file holds the wiring made by dragging
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => manifest(dir).callbacks.map((c) => c.id)).toEqual(['double', 'callback1']);
  const saved = manifest(dir);
  expect(saved.callbacks[0]!.inputs.map((b) => `${b.id}.${b.prop}`)).toEqual(['n.value', 'dropdown.value']);
  expect(saved.callbacks[0]!.state).toEqual([]);
  expect(saved.callbacks[1]!.inputs).toEqual([{ id: 'dropdown', prop: 'value', as: 'dropdown' }]);
  expect(saved.callbacks[1]!.outputs.map((b) => `${b.id}.${b.prop}`)).toEqual(['dropdown.label', 'out.text']);
});
