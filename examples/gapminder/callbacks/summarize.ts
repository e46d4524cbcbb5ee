interface Row { country: string; life_expect: number }

export default function summarize({ rows, year }: { rows: Row[]; year: number }): string {
  if (rows.length === 0) return `No countries in ${year}.`;
  const avg = rows.reduce((s, r) => s + r.life_expect, 0) / rows.length;
  const longest = rows.reduce((a, b) => (b.life_expect > a.life_expect ? b : a));
  return `${rows.length} countries in ${year} · average life expectancy ${avg.toFixed(1)} years · longest: ${longest.country} (${longest.life_expect.toFixed(1)})`;
}
