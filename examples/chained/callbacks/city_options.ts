export default async function city_options(
  { country }: { country: string | number | null },
  ctx: { data: { json(name: string): Promise<unknown> } },
): Promise<{ options: string[]; value: string | null }> {
  const cities = (await ctx.data.json('cities.json')) as Record<string, string[]>;
  const options = country === null ? [] : cities[String(country)] ?? [];
  return { options, value: options[0] ?? null };
}
