/** The orders inside the chosen period, regions, channels and order size (a named value: it stays on the server). */
export default async function filter_orders({ start, end, regions, channels, units }: Inputs, ctx: Ctx) {
  const all = await ctx.data.csv('orders.csv');
  const [low, high] = units;
  const from = start ?? '0000-01-01';
  const to = end ?? '9999-12-31';
  return all
    .map((r) => ({ ...r, date: r.date.toISOString().slice(0, 10) }))
    .filter((r) => r.date >= from && r.date <= to)
    .filter((r) => regions.includes(r.region) && channels.includes(r.channel))
    .filter((r) => r.units >= low && r.units <= high);
}
