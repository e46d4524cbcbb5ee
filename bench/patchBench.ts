// The Patch part of `npm run bench` (`npx tsx bench/run.ts patch` runs only this): appending one
// point to a 100,000-point figure, with ctx.patch() against a callback that sends the whole
// figure again, in the same run. Both go through the real app server (in process, one worker,
// HTTP on localhost) and the real page runtime (createAppRuntime on node's fetch): the time is
// from the click (setProp) to the figure held by the page, the bytes are the update answer's.
// Figures only; the ratio is the point (bytes and time of the whole figure ÷ of the patch).
import { performance } from 'node:perf_hooks';
import { createAppRuntime } from '../runtime/client/runtime';
import type { FetchLike } from '../runtime/client/requests';
import { createCatalog } from '../runtime/components/catalog';
import { projectSchema } from '../runtime/schema/project';
import { compileApp } from '../runtime/server/compile';
import { createAppServer } from '../runtime/server/appServer';

const POINTS = 100_000;
const CLICKS = Number(process.env.BENCH_PATCH_CLICKS ?? 15);

const SOURCES = {
  whole: [
    '// Dash without Patch: the whole figure again, one point longer.',
    'export default function grow({ clicks }: Inputs): Outputs {',
    `  const n = ${POINTS} + clicks;`,
    '  const x = Array.from({ length: n }, (_, i) => i);',
    '  const y = x.map((i) => i % 100);',
    '  return { data: [{ type: "scattergl", mode: "lines", x, y }], layout: { title: { text: `${n} points` } } };',
    '}',
    '',
  ].join('\n'),
  patch: [
    'export default function grow({ clicks }: Inputs, ctx: Ctx): Outputs {',
    `  const i = ${POINTS} + clicks - 1;`,
    '  return ctx.patch().append(["data", 0, "x"], i).append(["data", 0, "y"], i % 100).assign(["layout", "title", "text"], `${i + 1} points`);',
    '}',
    '',
  ].join('\n'),
};

function startFigure(): unknown {
  const x = Array.from({ length: POINTS }, (_, i) => i);
  return { data: [{ type: 'scattergl', mode: 'lines', x, y: x.map((i) => i % 100) }], layout: { title: { text: `${POINTS} points` } } };
}

export interface PatchVariantStats {
  /** Bytes of one update answer (the body, as sent). */
  responseBytes: number;
  requestBytes: number;
  /** Click to the figure held by the page, median and p90 over CLICKS clicks. */
  medianMs: number;
  p90Ms: number;
}

export interface PatchStats {
  whole: PatchVariantStats;
  patch: PatchVariantStats;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function measure(kind: keyof typeof SOURCES): Promise<PatchVariantStats> {
  const project = projectSchema.parse({
    format: 'dashwright',
    version: 1,
    name: `patch bench (${kind})`,
    components: [
      { id: 'go', type: 'button', props: {}, grid: { x: 0, y: 0, w: 2, h: 1 } },
      { id: 'chart', type: 'graph', props: { figure: startFigure() }, grid: { x: 0, y: 1, w: 12, h: 8 } },
    ],
    callbacks: [{ id: 'grow', inputs: [{ id: 'go', prop: 'clicks', as: 'clicks' }], outputs: [{ id: 'chart', prop: 'figure', as: 'figure' }], preventInitialCall: true }],
  });
  const app = await compileApp({ project, callbacks: { grow: SOURCES[kind] } });
  const errors = app.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`patch bench (${kind}) does not compile: ${errors.map((p) => p.message).join('; ')}`);
  const server = await createAppServer({ catalog: createCatalog(), clientAssets: { files: new Map() }, workers: 1, log: () => {} });
  await server.setApp(app);
  const { url } = await server.listen(0, '127.0.0.1');
  let counting = false;
  let responseBytes = 0;
  let requestBytes = 0;
  const fetchFn: FetchLike = async (target, init) => {
    const res = await fetch(target, init);
    if (counting && target.endsWith('/_dashwright/update')) {
      requestBytes = typeof init?.body === 'string' ? Buffer.byteLength(init.body) : 0;
      // The streamed answer: each callback's line, then the complete response.
      responseBytes = Buffer.byteLength(await res.clone().text());
    }
    return res;
  };
  const runtime = createAppRuntime({ baseUrl: url, fetch: fetchFn, logger: { error: () => {} } });
  try {
    await runtime.load();
    const times: number[] = [];
    for (let click = 1; click <= CLICKS + 1; click++) {
      counting = click === 1; // bytes from the first click; it is not timed (cloning the body costs)
      const started = performance.now();
      await runtime.setProp('go.clicks', click);
      await runtime.idle();
      if (click > 1) times.push(performance.now() - started);
      const figure = runtime.get('chart.figure') as { data: Array<{ x: unknown[] }> };
      if (figure.data[0]!.x.length !== POINTS + click) throw new Error(`patch bench (${kind}): the figure has ${figure.data[0]!.x.length} points after ${click} clicks`);
    }
    const errorsShown = runtime.getState().errors;
    if (errorsShown.length > 0) throw new Error(`patch bench (${kind}): ${errorsShown.map((e) => e.message).join('; ')}`);
    times.sort((a, b) => a - b);
    return { responseBytes, requestBytes, medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9) };
  } finally {
    runtime.dispose();
    await server.close();
  }
}

export async function patchMeasurements(): Promise<PatchStats> {
  // Interleaved is not needed here: the two differ by orders of magnitude.
  const patch = await measure('patch');
  const whole = await measure('whole');
  return { whole, patch };
}

const kb = (bytes: number) => (bytes >= 10_000 ? `${(bytes / 1024).toFixed(0)} KB` : `${bytes} B`);
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Rows for the bench table: [what, measured, baseline, ratio, target, result]. */
export function patchRows(s: PatchStats): string[][] {
  return [
    ['append 1 point to a 100k-point figure: answer bytes', `Patch ${kb(s.patch.responseBytes)} (request ${kb(s.patch.requestBytes)})`, `whole figure ${kb(s.whole.responseBytes)}`, `${(s.whole.responseBytes / s.patch.responseBytes).toFixed(0)}× fewer`, '(info)', ''],
    ['append 1 point: click → figure on the page', `Patch ${ms(s.patch.medianMs)} (p90 ${ms(s.patch.p90Ms)})`, `whole figure ${ms(s.whole.medianMs)} (p90 ${ms(s.whole.p90Ms)})`, `${(s.whole.medianMs / s.patch.medianMs).toFixed(1)}× faster`, '(info)', ''],
  ];
}
