import { REGIONS, type Row } from './regions';

type Raw = Omit<Row, 'region'>;

export default async function select_rows(
  { year, region }: { year: number; region: string | number | null },
  ctx: { data: { json(name: string): Promise<unknown> } },
): Promise<Row[]> {
  const all = (await ctx.data.json('gapminder.json')) as Raw[];
  return all
    .filter((r) => r.year === year)
    .map((r) => ({ ...r, region: REGIONS[r.cluster] ?? 'Other' }))
    .filter((r) => !region || region === 'All regions' || r.region === region);
}
