import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ROOT, startEditor, tempDir, type Running } from './support';

// Issue 10 §2: a component already on the page is dragged into a card (its own grid) and back out.

let editor: Running | undefined;
test.afterAll(async () => {
  await editor?.stop();
});

const parentOf = (dir: string, id: string): unknown =>
  (JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8')) as { components: { id: string; parent?: unknown }[] }).components.find((c) => c.id === id)?.parent;

/** Drags a canvas item with the mouse (react-grid-layout's gesture) and lets go at a point of `target`. */
async function dragItemTo(page: Page, id: string, target: Locator, at: { x: number; y: number }): Promise<void> {
  const from = (await page.getByTestId(`canvas-item-${id}`).boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
  await page.mouse.move(to.x + at.x, to.y + at.y, { steps: 10 });
  await page.mouse.up();
}

test('a page component dragged onto a card goes into its grid; dragged out, back onto the page', async ({ page }) => {
  const dir = join(tempDir('into'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  editor = await startEditor(tempDir('home'));
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  await page.getByTestId('palette-item-card').click();
  const body = page.getByTestId('canvas-slot-card-body');
  await expect(body).toBeVisible();
  await page.keyboard.press('Escape');

  for (let round = 0; round < 3; round++) {
    await dragItemTo(page, 'out', body, { x: 40, y: 40 });
    await expect(body.getByTestId('canvas-item-out')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+S');
    await expect.poll(() => parentOf(dir, 'out')).toEqual({ id: 'card', slot: 'body' });
    const card = (await page.getByTestId('canvas-item-card').boundingBox())!;
    await dragItemTo(page, 'out', page.getByTestId('canvas-item-card'), { x: card.width / 2, y: card.height + 60 });
    await expect(body.getByTestId('canvas-item-out')).toHaveCount(0);
    await expect(page.getByTestId('canvas-item-out')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+S');
    await expect.poll(() => parentOf(dir, 'out')).toBeUndefined();
  }
});
