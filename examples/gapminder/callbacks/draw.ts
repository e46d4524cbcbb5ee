interface Row { country: string; region: string; pop: number; life_expect: number; fertility: number }

/** One colour per region, so a region keeps its colour when the dropdown filters the others out. */
const COLORS: Record<string, string> = {
  'America': '#4c78a8',
  'East Asia & Pacific': '#f58518',
  'Europe & Central Asia': '#54a24b',
  'Middle East & North Africa': '#e45756',
  'South Asia': '#b279a2',
  'Sub-Saharan Africa': '#72b7b2',
};

export default function draw({ rows }: { rows: Row[] }) {
  const regions = [...new Set(rows.map((r) => r.region))].sort();
  const traces = regions.map((region) => {
    const mine = rows.filter((r) => r.region === region);
    return {
      type: 'scatter',
      mode: 'markers',
      name: region,
      x: mine.map((r) => r.fertility),
      y: mine.map((r) => r.life_expect),
      text: mine.map((r) => r.country),
      marker: { color: COLORS[region] ?? '#888', size: mine.map((r) => Math.sqrt(r.pop) / 600), sizemode: 'diameter', sizemin: 4, opacity: 0.75 },
      hovertemplate: '%{text}<br>fertility %{x}<br>life expectancy %{y}<extra></extra>',
    };
  });
  return {
    data: traces,
    layout: {
      margin: { l: 56, r: 16, t: 16, b: 48 },
      xaxis: { title: { text: 'Fertility (births per woman)' }, range: [0, 9] },
      yaxis: { title: { text: 'Life expectancy (years)' }, range: [20, 90] },
      showlegend: true,
      legend: { orientation: 'h', y: -0.2, itemsizing: 'constant' },
    },
  };
}
