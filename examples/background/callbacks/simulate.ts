interface Ctx {
  progress(fraction: number, message?: string): void;
}

const POINTS_PER_STEP = 100_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * π by Monte Carlo: throw random points in the unit square and count those inside the quarter
 * circle. Random, so never cached; slow, so it runs in the background and reports each step.
 */
export default async function simulate({ steps }: { runs: number; steps: number }, ctx: Ctx) {
  let inside = 0;
  let thrown = 0;
  const estimates: number[] = [];
  for (let step = 1; step <= steps; step++) {
    for (let i = 0; i < POINTS_PER_STEP; i++) {
      const x = Math.random();
      const y = Math.random();
      if (x * x + y * y <= 1) inside++;
    }
    thrown += POINTS_PER_STEP;
    estimates.push((4 * inside) / thrown);
    ctx.progress(step / steps, `step ${step} of ${steps}`);
    await pause(120); // a stand-in for I/O: a query, a file, a remote call
  }
  const pi = estimates[estimates.length - 1] ?? 0;
  const stepNumbers = estimates.map((_, i) => i + 1);
  return {
    text: `Simulation, ${thrown.toLocaleString('en-US')} random points: π ≈ ${pi.toFixed(5)} (off by ${Math.abs(pi - Math.PI).toFixed(5)})`,
    figure: {
      data: [
        { type: 'scatter', mode: 'lines+markers', name: 'estimate', x: stepNumbers, y: estimates },
        { type: 'scatter', mode: 'lines', name: 'π', x: [1, steps], y: [Math.PI, Math.PI], line: { dash: 'dash', color: '#98a2b3' } },
      ],
      layout: {
        margin: { l: 56, r: 16, t: 16, b: 48 },
        xaxis: { title: { text: 'Step' } },
        yaxis: { title: { text: 'Estimate of π' } },
        legend: { orientation: 'h', y: -0.25 },
      },
    },
  };
}
