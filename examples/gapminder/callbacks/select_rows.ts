/** Region names of the "cluster" numbers in vega-datasets' gapminder.json. */
const REGIONS = ['South Asia', 'Europe & Central Asia', 'Sub-Saharan Africa', 'America', 'East Asia & Pacific', 'Middle East & North Africa'];

interface Raw { year: number; country: string; cluster: number; pop: number; life_expect: number; fertility: number }

export default async function select_rows(
  { year, region }: { year: number; region: string | number | null },
  ctx: { data: { json(name: string): Promise<unknown> } },
) {
  const all = (await ctx.data.json('gapminder.json')) as Raw[];
  return all
    .filter((r) => r.year === year)
    .map((r) => ({ ...r, region: REGIONS[r.cluster] ?? 'Other' }))
    .filter((r) => !region || region === 'All regions' || r.region === region);
}
