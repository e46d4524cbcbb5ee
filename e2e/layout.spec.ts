import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { findOverlaps } from '../runtime/graph/validateLayout';
import { ROOT, startEditor, tempDir, type Running } from './support';

// Layout that does what the user says: a Y typed in the inspector onto another component never
// saves two components on one cell (manifest, canvas and preview agree), arrow keys nudge one
// cell as one named undo step, and the inspector follows a drag while it happens.

let editor: Running | undefined;

test.afterAll(async () => {
  await editor?.stop();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxes(locators: Locator[]): Promise<Box[]> {
  return Promise.all(locators.map(async (l) => (await l.boundingBox())!));
}

/** Pairs of boxes that cover the same pixels (a pixel of slack for rounding). */
function overlapping(list: Box[]): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) n++;
    }
  }
  return n;
}

type Grid = { x: number; y: number; w: number; h: number };
function savedComponents(dir: string): { id: string; grid: Grid }[] {
  return JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8')).components;
}

const field = (page: Page, key: 'x' | 'y' | 'w' | 'h') => page.getByTestId(`inspector-grid-${key}`);

test('a Y typed onto another component saves no overlap; nudges move one cell; the inspector follows a drag', async ({ page }) => {
  const dir = join(tempDir('layout'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  const items = page.locator('[data-testid^="canvas-item-"]');
  await expect(items).toHaveCount(2);

  // A text lands below the slider (n: 0,0 6×2); the user types Y = 0, onto the slider
  await page.getByTestId('palette-item-text').click();
  await expect(items).toHaveCount(3);
  await expect(field(page, 'y')).toHaveValue('2');
  await field(page, 'y').fill('0');
  await field(page, 'y').blur();
  await expect(field(page, 'y')).toHaveValue('0');
  await expect.poll(async () => overlapping(await boxes([page.getByTestId('canvas-item-n'), page.getByTestId('canvas-item-out'), page.getByTestId('canvas-item-text')]))).toBe(0);

  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => savedComponents(dir).length).toBe(3);
  const saved = savedComponents(dir);
  expect(findOverlaps(saved)).toEqual([]);
  expect(saved.find((c) => c.id === 'text')!.grid).toEqual({ x: 0, y: 0, w: 4, h: 2 });
  expect(saved.find((c) => c.id === 'n')!.grid).toEqual({ x: 0, y: 2, w: 6, h: 2 });

  // The preview lays the app out by the saved grid: all three visible, none over another
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#out')).toHaveText('twice 3 is 6', { timeout: 60_000 });
  await expect(preview.locator('#text')).toBeVisible();
  await expect.poll(async () => overlapping(await boxes([preview.locator('#n'), preview.locator('#out'), preview.locator('#text')]))).toBe(0);
  const [textBox, nBox] = await boxes([preview.locator('#text'), preview.locator('#n')]);
  expect(nBox.y).toBeGreaterThanOrEqual(textBox.y + textBox.height);
  await page.getByTestId('toolbar-view-design').click();

  // Arrow keys: one cell per press, repeated presses are one named undo step
  const text = page.getByTestId('canvas-item-text');
  await text.click({ position: { x: 8, y: 8 } });
  const before = (await text.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await expect(field(page, 'x')).toHaveValue('1');
  await page.keyboard.press('ArrowRight');
  await expect(field(page, 'x')).toHaveValue('2');
  const column = (before.width + 8) / 4;
  await expect.poll(async () => Math.round(((await text.boundingBox())!.x - before.x) / column)).toBe(2);
  await expect(page.getByTestId('toolbar-undo')).toHaveAttribute('title', /Undo Nudge text/);
  await page.getByTestId('toolbar-undo').click();
  await expect(field(page, 'x')).toHaveValue('0');

  // Without compaction (command palette), a nudge down moves exactly one row and nothing else
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('command-input').fill('no compaction');
  await page.getByTestId('command-layout.compactNone').click();
  await text.click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('ArrowDown');
  await expect(field(page, 'y')).toHaveValue('1');
  await page.keyboard.press('ArrowUp');
  await expect(field(page, 'y')).toHaveValue('0');

  // Dragging the text right: the inspector's X follows before the drop
  const box = (await text.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + (column * 2 * i) / 10, box.y + 10);
  await page.mouse.move(box.x + 21 + column * 2, box.y + 11);
  await expect(field(page, 'x')).toHaveValue('2');
  await page.mouse.up();
  await expect(field(page, 'x')).toHaveValue('2');

  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => savedComponents(dir).find((c) => c.id === 'text')!.grid.x).toBe(2);
  const final = JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8'));
  expect(final.settings).toMatchObject({ compaction: 'none' });
  expect(findOverlaps(final.components)).toEqual([]);
  // Only what had to move moved: the nudge down pushed n one row below the text, nothing else
  const grids = Object.fromEntries((final.components as { id: string; grid: Grid }[]).map((c) => [c.id, c.grid]));
  expect(grids).toEqual({ n: { x: 0, y: 3, w: 6, h: 2 }, out: { x: 6, y: 0, w: 6, h: 2 }, text: { x: 2, y: 0, w: 4, h: 2 } });
});

test('the selected item\'s "id · type" tag is drawn over the card above it', async ({ page }) => {
  const dir = join(tempDir('layout-tag'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  // "out" below "n", and first in the manifest (so first on the canvas, under n in paint order).
  const manifest = JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8')) as { components: { id: string; grid: Grid }[] };
  const [n, out] = manifest.components as [{ id: string; grid: Grid }, { id: string; grid: Grid }];
  out.grid = { x: 0, y: 2, w: 6, h: 2 };
  manifest.components = [out, n];
  writeFileSync(join(dir, 'dashwright.json'), JSON.stringify(manifest, null, 2));
  editor ??= await startEditor(tempDir('home-tag'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  const item = page.getByTestId('canvas-item-out');
  await item.click();
  const tag = item.locator('.selection-tag');
  await expect(tag).toBeVisible();
  const box = (await tag.boundingBox())!;
  // The tag lets the pointer through; for the hit test it takes it, so the topmost element there tells.
  await tag.evaluate((el) => {
    (el as HTMLElement).style.pointerEvents = 'auto';
    (el.parentElement as HTMLElement).style.pointerEvents = 'auto';
  });
  const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.selection-tag') != null, [box.x + 6, box.y + box.height / 2]);
  expect(onTop).toBe(true);
});
