/** The four headline figures; revenue's delta compares the second half of the period with the first (in %). */
export default function figures({ rows }: Inputs): Outputs {
  const revenue = rows.reduce((sum, r) => sum + r.revenue, 0);
  const units = rows.reduce((sum, r) => sum + r.units, 0);
  const middle = Math.floor(rows.length / 2);
  const first = rows.slice(0, middle).reduce((sum, r) => sum + r.revenue, 0);
  const second = revenue - first;
  return {
    revenue,
    growth: first > 0 ? (second - first) / first : null,
    orders: rows.length,
    average: rows.length ? revenue / rows.length : 0,
    units,
  };
}
