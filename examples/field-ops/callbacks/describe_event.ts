/** The picked job in words; the map highlights its site and centres on it. */
export default async function describeEvent({ selected }: Inputs, ctx: Ctx): Promise<Outputs> {
  if (selected === null) return { source: '#### Schedule\nPick a job on the timeline to see it here.', site: ctx.noUpdate, center: ctx.noUpdate };
  const job = (await ctx.data.json('schedule.json')).find((e) => e.id === selected);
  const site = (await ctx.data.json('sites.json')).find((s) => s.id === job?.site);
  if (!job || !site) return { source: `#### Schedule\nNo job ${selected}.`, site: ctx.noUpdate, center: ctx.noUpdate };
  const day = new Date(`${job.date}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  return {
    source: `#### Job: ${job.label}\n${job.task}\n\n- **When** ${day}\n- **Where** ${site.name}, ${site.zone} zone\n- **Who** ${site.crew}`,
    site: site.id,
    center: [site.lat, site.lon],
  };
}
