import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { exportProject } from '../export/exportApp';
import { freePort, ROOT, setRange, startEditor, startExported, tempDir, type Running } from './support';

// Pages (issue 11 §2, DESIGN §4b): in the editor a second page is added from the page switch, a
// text put on it and a link to it on the first page; in the preview the link opens the second
// page without a reload and the browser's back returns; exported, /second-page loads directly.

const running: Running[] = [];
test.afterAll(async () => {
  for (const r of running) await r.stop();
});

interface Saved {
  id: string;
  type: string;
  page?: string;
  persistence?: string;
  props: Record<string, unknown>;
}
const manifest = (dir: string): { pages?: { path: string; name: string }[]; components: Saved[] } => JSON.parse(readFileSync(join(dir, 'dashwright.json'), 'utf8'));
// DW_SHOTS=<dir>: writes pages.png (the editor with the page switch and the pages list) there.
const SHOTS = process.env.DW_SHOTS;

test('a second page with its own component, a link to it; preview navigates and goes back; exported, a deep link loads the page', async ({ page }) => {
  const dir = join(tempDir('pages'), 'hello');
  cpSync(join(ROOT, 'examples', 'hello'), dir, { recursive: true });
  const editor = await startEditor(tempDir('home'));
  running.push(editor);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${editor.url}?project=${encodeURIComponent(dir)}`);
  await expect(page.locator('[data-testid^="canvas-item-"]')).toHaveCount(2);
  const switcher = page.getByTestId('page-switch');
  await expect(switcher).toBeDisabled();
  await expect(switcher.locator('option')).toHaveText(['Home']);

  // The pages list: add a page, name it; the canvas shows it (hello's components are on every page)
  await page.getByTestId('pages-menu').click();
  await page.getByRole('dialog', { name: 'Pages' }).getByRole('button', { name: 'Add page' }).click();
  await expect(switcher).toHaveValue('/page-2');
  await page.getByTestId('pages-menu').click();
  const row = page.getByTestId('page-row-/page-2');
  await row.getByLabel('Page name').fill('Second page');
  await row.getByLabel('Page path').fill('/second-page');
  await row.getByLabel('Page path').press('Enter');
  await expect(switcher).toHaveValue('/second-page');
  await expect(switcher.locator('option')).toHaveText(['Home', 'Second page']);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'pages.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Pages' })).toHaveCount(0);

  // A text added now lands on the second page; on Home the canvas does not show it
  await page.getByTestId('palette-item-text').click();
  await expect(page.getByTestId('canvas-item-text')).toBeVisible();
  await page.getByTestId('inspector-field-text').fill('Welcome to the second page');
  await page.getByTestId('inspector-field-text').blur();
  await expect(page.getByTestId('inspector-page')).toHaveValue('/second-page');
  await switcher.selectOption('/');
  await expect(page.getByTestId('canvas-item-text')).toHaveCount(0);
  await expect(page.getByTestId('canvas-item-n')).toBeVisible();

  // A link on Home to the second page
  await page.getByTestId('palette-item-link').click();
  await expect(page.getByTestId('canvas-item-link')).toBeVisible();
  await page.getByTestId('inspector-field-label').fill('Go to the second page');
  await page.getByTestId('inspector-field-label').blur();
  await page.getByTestId('inspector-field-href').fill('/second-page');
  await page.getByTestId('inspector-field-href').blur();
  await expect(page.getByTestId('inspector-page')).toHaveValue('/');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'pages-canvas.png') });
  // The slider remembers what the user set (persistence), chosen in the inspector
  await page.getByTestId('layer-n').click();
  await page.getByTestId('inspector-persistence').selectOption('local');

  // Preview: the link opens the second page in place, back returns to Home
  await page.keyboard.press('ControlOrMeta+2');
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('#link a')).toHaveText('Go to the second page', { timeout: 60_000 });
  await expect(preview.locator('#text')).toHaveCount(0);
  await preview.locator('#n input[type=range]').focus();
  await preview.locator('#link a').click();
  await expect(preview.locator('#text')).toHaveText('Welcome to the second page');
  // The canvas follows the preview to the page it shows
  await expect(switcher).toHaveValue('/second-page');
  await expect(preview.locator('#link')).toHaveCount(0);
  await expect(preview.locator('#n')).toBeVisible();
  // The browser's back (the iframe's entry is in the window's joint history; Playwright's goBack waits for a load that a same-document step never fires)
  await page.evaluate(() => window.history.back());
  await expect(preview.locator('#link a')).toBeVisible();
  await expect(preview.locator('#text')).toHaveCount(0);
  await expect(switcher).toHaveValue('/');
  // The preview follows the canvas's page switch
  await switcher.selectOption('/second-page');
  await expect(preview.locator('#text')).toBeVisible();
  // Back in the editor (the preview had the keyboard): no problems, saved
  await page.getByTestId('layer-n').click();
  await page.keyboard.press('ControlOrMeta+1');
  if (SHOTS) await page.getByText('Problems').first().click();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'pages-problems.png') });
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => manifest(dir).pages).toEqual([{ path: '/', name: 'Home' }, { path: '/second-page', name: 'Second page' }]);
  const saved = manifest(dir).components;
  expect(saved.find((c) => c.id === 'text')?.page).toBe('/second-page');
  expect(saved.find((c) => c.id === 'link')).toMatchObject({ page: '/', props: { href: '/second-page' } });
  expect(saved.find((c) => c.id === 'n')).not.toHaveProperty('page');
  expect(saved.find((c) => c.id === 'n')?.persistence).toBe('local');

  // Exported: one server for every page; a deep link loads the second page, the link and back work, reload too
  const out = join(tempDir('pages-export'), 'app');
  await exportProject({ projectDir: dir, outDir: out });
  const app = await startExported(out, freePort());
  running.push(app);
  await page.goto(new URL('second-page', app.url).href);
  await expect(page.locator('#text')).toHaveText('Welcome to the second page');
  await expect(page.locator('#link')).toHaveCount(0);
  await expect(page.locator('#out')).toContainText('twice');
  await page.reload();
  await expect(page.locator('#text')).toBeVisible();
  await page.goto(app.url);
  await expect(page.locator('#text')).toHaveCount(0);
  await page.locator('#link a').click();
  await expect(page).toHaveURL(new URL('second-page', app.url).href);
  await expect(page.locator('#text')).toBeVisible();
  await page.evaluate(() => window.history.back());
  await expect(page).toHaveURL(app.url);
  await expect(page.locator('#link a')).toBeVisible();
  // Persistence: the value the user set survives a reload (and a page change) and wins over the manifest's
  await setRange(page, '#n input[type=range]', 7);
  await expect(page.locator('#out')).toHaveText('twice 7 is 14');
  await page.reload();
  await expect(page.locator('#n input[type=range]')).toHaveValue('7');
  await expect(page.locator('#out')).toHaveText('twice 7 is 14');
  const missing = await page.request.get(new URL('third-page', app.url).href);
  expect(missing.status()).toBe(404);
  expect((await missing.json()) as { error: string }).toEqual({ error: "no such page: /third-page (this app's pages: /, /second-page)" });
});
