// cities.json maps a country to its cities: ctx.data.json types it as Record<string, string[]>.
export default async function city_options({ country }: Inputs, ctx: Ctx): Promise<Outputs> {
  const cities = await ctx.data.json('cities.json');
  const options = country === null ? [] : (cities[String(country)] ?? []);
  return { options, value: options[0] ?? null };
}
