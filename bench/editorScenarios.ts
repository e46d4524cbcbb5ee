// Editor scenarios for `npm run bench`: dragging on a canvas of many components, and the time
// from a code edit to its result in the preview. Run in Debian's Chromium, headless.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * A project folder with `count` components, four per row on the page, of every kind; every
 * 25th place holds a container instead (a card, or tabs with two tabs) with three children of
 * its own, counted in `count`.
 */
export function manyComponentsProject(dir: string, count: number): string {
  const types = ['text', 'slider', 'button', 'dropdown', 'input', 'markdown'] as const;
  const leaf = (i: number, id: string, grid: { x: number; y: number; w: number; h: number }, parent?: { id: string; slot: string }) => {
    const type = types[i % types.length];
    const props: Record<string, unknown> =
      type === 'text' ? { text: `Text ${i}` } : type === 'markdown' ? { source: `**Note ${i}**` } : type === 'slider' ? { label: `Slider ${i}`, value: i % 10 } : { label: `${type} ${i}` };
    return { id, type, props, grid, ...(parent ? { parent } : {}) };
  };
  const components: unknown[] = [];
  const isBox = (place: number) => place % 25 === 24;
  let rowY = 0;
  for (let place = 0; components.length < count; place++) {
    if (place > 0 && place % 4 === 0) rowY += [0, 1, 2, 3].some((k) => isBox(place - 4 + k)) ? 6 : 2;
    const grid = { x: (place % 4) * 3, y: rowY, w: 3, h: 2 };
    if (!isBox(place) || count - components.length < 4) {
      components.push(leaf(place, `${types[place % types.length]}${place}`, grid));
      continue;
    }
    const id = `box${place}`;
    const tabs = place % 50 === 49;
    components.push(
      tabs
        ? { id, type: 'tabs', props: { tabs: [{ name: 'one', label: 'One' }, { name: 'two', label: 'Two' }], value: 'one' }, grid: { ...grid, h: 6 } }
        : { id, type: 'card', props: { title: `Card ${place}` }, grid: { ...grid, h: 6 } },
    );
    for (let k = 0; k < 3; k++) components.push(leaf(place + k, `${id}_${k}`, { x: 0, y: k * 2, w: 12, h: 2 }, { id, slot: tabs ? 'one' : 'body' }));
  }
  const project = { format: 'dashwright', version: 1, name: `Many ${count}`, layout: { cols: 12, rowHeight: 40 }, components, values: [], callbacks: [] };
  const folder = join(dir, `many-${count}`);
  mkdirSync(join(folder, 'callbacks'), { recursive: true });
  writeFileSync(join(folder, 'dashwright.json'), JSON.stringify(project, null, 2));
  return folder;
}

export interface DragStats {
  /** Milliseconds between animation frames while the pointer moves. */
  medianFrameMs: number;
  p95FrameMs: number;
  /** Frames that took longer than 50 ms (a user sees them as a stutter). */
  longFrames: number;
  maxFrameMs: number;
  frames: number;
}

/** Drags the first item across the canvas in small steps, recording frame intervals in the page. */
export async function dragStats(page: Page, steps = 60): Promise<DragStats> {
  const item = page.locator('[data-testid^="canvas-item-"]').first();
  const box = (await item.boundingBox())!;
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(box.x + 20 + i * 8, box.y + 20 + i * 6);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
  }
  const dragging = await page.locator('.react-draggable-dragging').count();
  await page.mouse.up();
  const frames = (await page.evaluate('window.__recording = false, window.__frames.slice(1)')) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  if (dragging !== 1) throw new Error('the drag did not start: no item was being dragged');
  return { medianFrameMs: pick(0.5), p95FrameMs: pick(0.95), longFrames: frames.filter((f) => f > 50).length, maxFrameMs: sorted[sorted.length - 1] ?? 0, frames: frames.length };
}

/**
 * Milliseconds from typing a new body of `callbacks/double.ts` (hello example, split view) until
 * the preview shows its result, for each of `edits` edits.
 */
export async function codeEditToPreviewMs(page: Page, edits = 5): Promise<number[]> {
  await page.getByTestId('toolbar-view-split').click();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await preview.locator('#out').filter({ hasText: 'twice 3 is 6' }).waitFor({ timeout: 60_000 });
  const frame = (await (await page.$('[data-testid="preview-frame"]'))!.contentFrame())!;
  await frame.evaluate(`(() => {
    window.__seen = [];
    new MutationObserver(() => window.__seen.push([Date.now(), document.querySelector('#out')?.textContent ?? ''])).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  await page.getByTestId('callback-item-double').click();
  const code = page.getByTestId('callback-editor');
  await code.locator('.monaco-editor').waitFor({ timeout: 30_000 });
  await code.locator('.monaco-editor .view-lines').click();
  const times: number[] = [];
  for (let i = 1; i <= edits; i++) {
    const expected = `edit ${i}: 3`;
    await page.keyboard.press('ControlOrMeta+A');
    const typedAt = Date.now();
    await page.keyboard.insertText(`export default function double({ n }: { n: number }): string {\n  return \`edit ${i}: \${n}\`;\n}\n`);
    for (;;) {
      const seen = (await frame.evaluate('window.__seen')) as Array<[number, string]>;
      const hit = seen.find(([at, text]) => at >= typedAt && text === expected);
      if (hit) {
        times.push(hit[0] - typedAt);
        break;
      }
      if (Date.now() - typedAt > 10_000) throw new Error(`the preview did not show "${expected}" within 10 s`);
      await page.waitForTimeout(10);
    }
    await page.waitForTimeout(300);
  }
  return times;
}
