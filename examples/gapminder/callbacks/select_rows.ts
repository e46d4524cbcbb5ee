/** Region names of the "cluster" numbers in vega-datasets' gapminder.json. */
const REGIONS = ['South Asia', 'Europe & Central Asia', 'Sub-Saharan Africa', 'America', 'East Asia & Pacific', 'Middle East & North Africa'];

// ctx.data.json('gapminder.json') is typed from the file: rows of { year, country, cluster, pop, life_expect, fertility }.
export default async function select_rows({ year, region }: Inputs, ctx: Ctx) {
  const all = await ctx.data.json('gapminder.json');
  return all
    .filter((r) => r.year === year)
    .map((r) => ({ ...r, region: REGIONS[r.cluster] ?? 'Other' }))
    .filter((r) => !region || region === 'All regions' || r.region === region);
}
