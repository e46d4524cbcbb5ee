/** The map's sites and zones and the timeline's jobs, from data/ (once, as the page opens). */
export default async function setup(_: Inputs, ctx: Ctx): Promise<Outputs> {
  const sites = await ctx.data.json('sites.json');
  return {
    markers: sites.map((s) => ({ id: s.id, lat: s.lat, lon: s.lon, label: s.name })),
    zones: await ctx.data.json('zones.json'),
    events: (await ctx.data.json('schedule.json')).map((e) => ({ id: e.id, date: e.date, label: e.label })),
  };
}
