// The table scenario of `npm run bench`: a 100,000-row table (pageSize 0, virtualized) in
// headless Chromium. Reports time to first render, time to sort by a numeric column, and
// frame times while a script scrolls it. Figures only; nothing is asserted.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../playwright.config';

const ROOT = resolve(import.meta.dirname, '..');

export interface TableStats {
  /** From render() to the first painted frame. */
  firstRenderMs: number;
  /** Of which React's synchronous render and commit (props parsed as the runtime does). */
  commitMs: number;
  /** From the header click to the sorted rows painted, ascending then descending. */
  sortMs: [asc: number, desc: number];
  scroll: FrameStats & { rowsRendered: number };
  /** The same page, not scrolling: how busy the machine is. */
  idle: FrameStats;
}

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'bench', 'tablePage.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

const css = (): string => ['components.css', 'table/style.css'].map((f) => readFileSync(join(ROOT, 'runtime', 'components', f), 'utf8')).join('\n');

export interface FrameStats {
  medianFrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  frames: number;
}

function stats(frames: readonly number[]): FrameStats {
  const sorted = [...frames].sort((a, b) => a - b);
  const pick = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { medianFrameMs: pick(0.5), p95FrameMs: pick(0.95), maxFrameMs: sorted[sorted.length - 1] ?? 0, frames: frames.length };
}

const nextPaint = 'new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))';

export async function tableStats(browser: Browser): Promise<TableStats> {
  const script = await bundle();
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  try {
    await page.setContent(`<!doctype html><html><head><style>${css()}</style></head><body style="margin:16px"><div id="root"></div></body></html>`);
    await page.addScriptTag({ content: script });
    // Strings, not functions: tsx would wrap named functions in a helper the page does not have.
    const [firstRenderMs, commitMs] = (await page.evaluate(`(async () => {
      const began = performance.now();
      const commit = window.__mountTable();
      await ${nextPaint};
      return [performance.now() - began, commit];
    })()`)) as [number, number];
    const sort = async (): Promise<number> =>
      (await page.evaluate(`(async () => {
        const button = document.querySelector('th[data-col="score"] button');
        const began = performance.now();
        button.click();
        await ${nextPaint};
        return performance.now() - began;
      })()`)) as number;
    const asc = await sort();
    const desc = await sort();
    const firstScores = (await page.evaluate(`[...document.querySelectorAll('tbody td[data-col="score"]')].slice(0, 3).map((td) => td.textContent)`)) as string[];
    if (!(Number(firstScores[0]?.replace(/,/g, '')) > 990)) throw new Error(`the table did not sort by score, descending: first scores ${firstScores.join(', ')}`);
    const frameTimes = (scroll: boolean): Promise<number[]> =>
      page.evaluate(`(async () => {
        const el = document.querySelector('.dw-table-scroll');
        const out = [];
        let last = performance.now();
        for (let i = 0; i < ${scroll ? 360 : 120}; i++) {
          if (${scroll}) el.scrollTop += i % 60 === 59 ? 150000 : 140;
          await new Promise((r) => requestAnimationFrame(r));
          const now = performance.now();
          out.push(now - last);
          last = now;
        }
        return out;
      })()`) as Promise<number[]>;
    const idle = stats(await frameTimes(false));
    // Scroll down in steps of ~4 rows a frame, with a jump every 60 frames (a dragged scrollbar).
    const frames = await frameTimes(true);
    const rowsRendered = (await page.evaluate(`document.querySelectorAll('tbody tr').length`)) as number;
    return { firstRenderMs, commitMs, sortMs: [asc, desc], scroll: { ...stats(frames), rowsRendered }, idle };
  } finally {
    await page.close();
  }
}

/** The scenario in its own headless Chromium; undefined when there is none. */
export async function tableMeasurements(): Promise<TableStats | undefined> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return undefined;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    return await tableStats(browser);
  } finally {
    await browser.close();
  }
}

/** [what, measured] rows for the bench's table. */
export function tableRows(t: TableStats | undefined): Array<[string, string]> {
  if (!t) return [['table, 100k rows', 'skipped: no Chromium at /usr/bin/chromium']];
  const s = t.scroll;
  return [
    ['table, 100k rows: first render', `${t.firstRenderMs.toFixed(0)} ms to the first frame (render and commit ${t.commitMs.toFixed(0)} ms)`],
    ['table, 100k rows: sort by a number', `asc ${t.sortMs[0].toFixed(0)} ms, desc ${t.sortMs[1].toFixed(0)} ms`],
    ['table, 100k rows: scroll', `median ${s.medianFrameMs.toFixed(1)} ms, p95 ${s.p95FrameMs.toFixed(1)} ms, longest ${s.maxFrameMs.toFixed(0)} ms (${s.frames} frames, ${s.rowsRendered} tr rendered; idle page: p95 ${t.idle.p95FrameMs.toFixed(1)} ms, longest ${t.idle.maxFrameMs.toFixed(0)} ms)`],
  ];
}
