const COLORS: Record<string, string> = { North: '#2563eb', South: '#f59e0b', East: '#10b981', West: '#8b5cf6' };

/** Monthly revenue (or units) stacked by region. */
export default function draw({ rows, metric }: Inputs): Outputs {
  const months = [...new Set(rows.map((r) => r.date.slice(0, 7)))].sort();
  const regions = [...new Set(rows.map((r) => r.region))].sort();
  const field = metric === 'units' ? 'units' : 'revenue';
  const data = regions.map((region) => {
    const totals = new Map<string, number>();
    for (const r of rows) if (r.region === region) totals.set(r.date.slice(0, 7), (totals.get(r.date.slice(0, 7)) ?? 0) + r[field]);
    return { type: 'bar', name: region, x: months, y: months.map((m) => totals.get(m) ?? 0), marker: { color: COLORS[region] } };
  });
  return {
    data,
    layout: {
      barmode: 'stack',
      title: { text: metric === 'units' ? 'Units per month' : 'Revenue per month', x: 0, font: { size: 14 } },
      legend: { orientation: 'h', y: -0.15 },
      yaxis: { tickformat: metric === 'units' ? ',d' : '$~s' },
      margin: { l: 56, r: 8, t: 40, b: 48 },
    },
  };
}
