/** One point per tick, appended to the chart with a Patch: only the new point travels, not the figure. */
export default function append_point({ ticks }: Inputs, ctx: Ctx): Outputs {
  const value = 100 + 8 * Math.sin(ticks / 6) + 3 * Math.sin(ticks * 1.3);
  return ctx.patch().append(['data', 0, 'x'], ticks).append(['data', 0, 'y'], Number(value.toFixed(2)));
}
