/** The clicked site (or zone, when the last click was on a zone) in words. */
export default async function describeSite({ site, feature }: Inputs, ctx: Ctx): Promise<Outputs> {
  const clickedZone = ctx.triggered.includes('sites.clickedFeature') && feature !== null;
  if (clickedZone) {
    const zone = String(feature.zone ?? feature.name ?? '');
    const inZone = (await ctx.data.json('sites.json')).filter((s) => s.zone === zone);
    const list = inZone.map((s) => `- ${s.name}: ${s.status}`).join('\n');
    return `#### ${String(feature.name ?? 'Zone')}\n${inZone.length ? `${inZone.length} site(s), ${inZone[0]!.crew}:\n${list}` : 'No sites here.'}`;
  }
  if (site === null) return '#### Sites\nClick a site on the map to see its crew, status and jobs; click a zone for its sites.';
  const found = (await ctx.data.json('sites.json')).find((s) => s.id === site);
  if (!found) return `#### Sites\nNo site ${site}.`;
  const jobs = (await ctx.data.json('schedule.json')).filter((e) => e.site === site);
  const list = jobs.map((j) => `- ${j.date}: ${j.label}`).join('\n');
  return `#### Site: ${found.name}\n${found.zone} zone · ${found.crew} · **${found.status}**\n\n${jobs.length ? `Jobs this spring:\n${list}` : 'No jobs this spring.'}`;
}
