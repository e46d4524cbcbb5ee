import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { exportProject } from '../export/exportApp';
import { freePort, ROOT, startEditor, startExported, tempDir, type Running } from './support';

// Containers and breakpoints (issue 10 §2–3): a slider dragged from the palette into the second
// tab of a tabs container and a graph into a card; on the phone width they are stacked
// differently and one component is hidden; saved, reopened and exported, the app shows the same
// at 1280 and 390 px.

const running: Running[] = [];
test.afterAll(async () => {
  for (const r of running) await r.stop();
});

interface Saved {
  id: string;
  type: string;
  grid: { x: number; y: number; w: number; h: number };
  parent?: { id: string; slot: string };
  layouts?: Record<string, { x: number; y: number; w: number; h: number }>;
  hidden?: string[];
  props: Record<string, unknown>;
}
const saved = (dir: string): Saved[] => JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8')).components;
const byId = (dir: string, id: string) => saved(dir).find((c) => c.id === id);

// DW_SHOTS=<dir>: writes the README's pictures (containers.png, containers-phone.png) there.
const SHOTS = process.env.DW_SHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Drags a canvas item with the mouse (react-grid-layout's gesture) and lets go over `target`. */
async function dragItemOnto(page: Page, id: string, target: Locator, offset?: { x: number; y: number }): Promise<void> {
  const from = (await page.getByTestId(`canvas-item-${id}`).boundingBox())!;
  const box = (await target.boundingBox())!;
  const to = offset ? { x: box.x + offset.x, y: box.y + offset.y, width: 0, height: 0 } : box;
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
}

/** A palette item dropped onto a grid of the canvas with the pointer (HTML5 drag and drop). */
async function dragFromPalette(page: Page, type: string, target: string): Promise<void> {
  await page.getByTestId(`palette-item-${type}`).dragTo(page.getByTestId(target), { targetPosition: { x: 30, y: 20 } });
}

test('tabs and card hold components; phone layout and hidden; saved, reopened and exported the same', async ({ page }) => {
  const dir = join(tempDir('containers'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  const editor = await startEditor(tempDir('home'));
  running.push(editor);
  if (SHOTS) await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  const items = page.locator('[data-testid^="canvas-item-"]');
  await expect(items).toHaveCount(2);

  // A tabs container from the palette; a click on its second tab opens it on the canvas
  await page.getByTestId('palette-item-tabs').click();
  await expect(page.getByTestId('canvas-item-tabs')).toBeVisible();
  await page.getByTestId('canvas-item-tabs').locator('button[role=tab]', { hasText: 'Tab 2' }).click();
  await expect(page.getByTestId('canvas-item-tabs').locator('button[role=tab][aria-selected=true]')).toHaveText('Tab 2');
  await expect(page.getByTestId('canvas-slot-tabs-tab2')).toBeVisible();

  // A slider dragged into the second tab's grid
  await dragFromPalette(page, 'slider', 'canvas-slot-tabs-tab2');
  await expect(page.getByTestId('canvas-slot-tabs-tab2').getByTestId('canvas-item-slider')).toBeVisible();

  // Between tabs: let go over a tab's button and the slider moves into that tab (and back)
  const tabButton = (name: string) => page.getByTestId('canvas-item-tabs').locator('button[role=tab]', { hasText: name });
  await dragItemOnto(page, 'slider', tabButton('Tab 1'));
  await expect(page.getByTestId('canvas-item-slider')).toHaveCount(0);
  await tabButton('Tab 1').click();
  await expect(page.getByTestId('canvas-slot-tabs-tab1').getByTestId('canvas-item-slider')).toBeVisible();
  await dragItemOnto(page, 'slider', tabButton('Tab 2'));
  await tabButton('Tab 2').click();
  await expect(page.getByTestId('canvas-slot-tabs-tab2').getByTestId('canvas-item-slider')).toBeVisible();

  // A card on the page, a graph dragged into it
  await page.keyboard.press('Escape');
  await page.getByTestId('palette-item-card').click();
  await expect(page.getByTestId('canvas-slot-card-body')).toBeVisible();
  await dragFromPalette(page, 'graph', 'canvas-slot-card-body');
  await expect(page.getByTestId('canvas-slot-card-body').getByTestId('canvas-item-graph')).toBeVisible();

  // Dragged out onto the page beside the card, it leaves the card; undo puts it back
  const card = (await page.getByTestId('canvas-item-card').boundingBox())!;
  await dragItemOnto(page, 'graph', page.getByTestId('canvas-item-card'), { x: card.width + 60, y: 40 });
  await expect(page.getByTestId('canvas-slot-card-body').getByTestId('canvas-item-graph')).toHaveCount(0);
  await expect(page.getByTestId('canvas-item-graph')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('canvas-slot-card-body').getByTestId('canvas-item-graph')).toBeVisible();
  await shot(page, 'containers');

  // Phone width: the card goes above everything, the hello slider is hidden there
  await page.getByTestId('width-xs').click();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-breakpoint', 'xs');
  await page.getByTestId('layer-card').click();
  await page.getByTestId('inspector-grid-y').fill('0');
  await page.getByTestId('inspector-grid-y').blur();
  await page.getByTestId('layer-n').click();
  await page.getByTestId('inspector-hidden').check();
  await expect(page.getByTestId('canvas-item-n')).toHaveCount(0);
  const top = async (id: string) => (await page.getByTestId(`canvas-item-${id}`).boundingBox())!.y;
  expect(await top('card')).toBeLessThan(await top('out'));
  expect(await top('out')).toBeLessThan(await top('tabs'));

  // The preview follows the width switch: the app inside is on the phone breakpoint
  await page.keyboard.press('ControlOrMeta+2');
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('main')).toHaveAttribute('data-breakpoint', 'xs', { timeout: 60_000 });
  await expect(preview.locator('#card #graph')).toBeVisible();
  await expect(preview.locator('#n')).toHaveCount(0);
  await page.getByTestId('layer-card').click();
  await page.getByTestId('canvas').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, 'containers-phone');
  await page.keyboard.press('ControlOrMeta+1');

  // Desktop is as it was
  await page.getByTestId('width-lg').click();
  await expect(page.getByTestId('canvas-item-n')).toBeVisible();
  expect(await top('n')).toBeLessThan(await top('card'));
  // Hidden on desktop shows faded there, marked; shown again
  await page.getByTestId('layer-out').click();
  await page.getByTestId('inspector-hidden').check();
  await expect(page.getByTestId('canvas-item-out').locator('.hidden-here-badge')).toBeVisible();
  if (process.env.DW_LOOK) await page.screenshot({ path: join(process.env.DW_LOOK, 'hidden-desktop.png') });
  await page.getByTestId('inspector-hidden').uncheck();
  await expect(page.getByTestId('canvas-item-out').locator('.hidden-here-badge')).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => byId(dir, 'graph')?.parent).toEqual({ id: 'card', slot: 'body' });
  expect(byId(dir, 'slider')!.parent).toEqual({ id: 'tabs', slot: 'tab2' });
  expect(byId(dir, 'tabs')!.props.value).toBe('tab2');
  expect(byId(dir, 'n')!.hidden).toEqual(['xs']);
  expect(byId(dir, 'card')!.layouts?.xs).toMatchObject({ x: 0, y: 0 });

  // Reopened: the tree and the phone layout are back
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.getByTestId('canvas-slot-card-body').getByTestId('canvas-item-graph')).toBeVisible();
  await expect(page.getByTestId('canvas-slot-tabs-tab2').getByTestId('canvas-item-slider')).toBeVisible();
  await page.getByTestId('width-xs').click();
  await expect(page.getByTestId('canvas-item-n')).toHaveCount(0);
  expect(await top('card')).toBeLessThan(await top('tabs'));

  // Exported: the same at 1280 and 390 px
  const out = join(tempDir('containers-export'), 'app');
  await exportProject({ projectDir: dir, outDir: out });
  const app = await startExported(out, freePort());
  running.push(app);
  const pageTop = async (id: string) => (await page.locator(`#${id}`).boundingBox())!.y;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(app.url);
  await expect(page.locator('main')).toHaveAttribute('data-breakpoint', 'lg');
  await expect(page.locator('#tabs button[role=tab][aria-selected=true]')).toHaveText('Tab 2');
  await expect(page.locator('#tabs #slider input[type=range]')).toBeVisible();
  await expect(page.locator('#card #graph')).toBeVisible();
  await expect(page.locator('#n')).toBeVisible();
  expect(await pageTop('n')).toBeLessThan(await pageTop('tabs'));
  expect(await pageTop('tabs')).toBeLessThan(await pageTop('card'));
  await page.locator('#tabs button[role=tab]', { hasText: 'Tab 1' }).click();
  await expect(page.locator('#slider')).toHaveCount(0);
  await page.locator('#tabs button[role=tab]', { hasText: 'Tab 2' }).click();
  await expect(page.locator('#slider')).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('main')).toHaveAttribute('data-breakpoint', 'xs');
  await expect(page.locator('#n')).toHaveCount(0);
  await expect(page.locator('#card #graph')).toBeVisible();
  expect(await pageTop('card')).toBeLessThan(await pageTop('out'));
  expect(await pageTop('out')).toBeLessThan(await pageTop('tabs'));
});
