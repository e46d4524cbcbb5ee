import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { exportProject } from '../export/exportApp';
import { freePort, setRange, startExported, tempDir, type Running } from './support';

// Client callbacks run in a Web Worker with a time limit: one stuck in `while (true) {}` is
// stopped and reported, and the page never freezes.

let app: Running | undefined;

test.afterAll(async () => {
  await app?.stop();
});

test('a client callback that loops forever is stopped; the page stays responsive and the others keep working', async ({ page }) => {
  const dir = join(tempDir('client'), 'client-app');
  mkdirSync(join(dir, 'callbacks'), { recursive: true });
  const text = (id: string, y: number) => ({ id, type: 'text', props: { text: '' }, grid: { x: 6, y, w: 6, h: 2 } });
  writeFileSync(
    join(dir, 'dashwright.json'),
    JSON.stringify({
      format: 'dashwright',
      version: 1,
      name: 'Client callbacks',
      components: [
        { id: 'n', type: 'slider', props: { label: 'n', value: 3 }, grid: { x: 0, y: 0, w: 6, h: 2 } },
        { id: 'go', type: 'button', props: { label: 'Spin' }, grid: { x: 0, y: 2, w: 6, h: 2 } },
        text('out', 0),
        text('spun', 2),
        text('checked', 4),
      ],
      callbacks: [
        { id: 'double', inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'out', prop: 'text' }], placement: 'client' },
        { id: 'spin', inputs: [{ id: 'go', prop: 'clicks', as: 'clicks' }], outputs: [{ id: 'spun', prop: 'text' }], placement: 'client', preventInitialCall: true, timeoutMs: 1500 },
        { id: 'check', inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'checked', prop: 'text' }], placement: 'client' },
      ],
    }),
  );
  writeFileSync(join(dir, 'callbacks', 'double.ts'), 'export default function double({ n }: { n: number }): string {\n  return `twice ${n} is ${n * 2}`;\n}\n');
  writeFileSync(join(dir, 'callbacks', 'spin.ts'), 'export default function spin({ clicks }: { clicks: number }): string {\n  while (clicks > 0) {}\n  return "never";\n}\n');
  writeFileSync(join(dir, 'callbacks', 'check.ts'), 'export default function check({ n }: { n: number }): string {\n  if (n > 8) throw new Error(`n is too big: ${n}`);\n  return `n=${n} is fine`;\n}\n');
  const out = join(tempDir('client-out'), 'app');
  await exportProject({ projectDir: dir, outDir: out });
  app = await startExported(out, freePort());

  await page.goto(app.url);
  await expect(page.locator('#out')).toHaveText('twice 3 is 6');

  await page.locator('#go button').click();
  // The loop runs in the worker: the page still answers (a frozen page would time this out)
  expect(await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve('frame'))))).toBe('frame');
  await expect(page.locator('#spun')).toHaveAttribute('data-loading', 'true');
  await expect(page.locator('.dw-toast')).toContainText('client callback "spin" ran longer than its 1500 ms time limit and was stopped', { timeout: 10_000 });
  await expect(page.locator('#spun')).not.toHaveAttribute('data-loading', 'true');

  await setRange(page, '#n input[type="range"]', 7);
  await expect(page.locator('#out')).toHaveText('twice 7 is 14');

  // An error thrown in the worker is reported with its line in the .ts source
  await setRange(page, '#n input[type="range"]', 9);
  await expect(page.locator('#out')).toHaveText('twice 9 is 18');
  const toast = page.locator('.dw-toast').filter({ hasText: 'n is too big: 9' });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText('callbacks/check.ts:2');
});
