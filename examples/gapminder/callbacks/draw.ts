interface Row { country: string; region: string; pop: number; life_expect: number; fertility: number }

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
      marker: { size: mine.map((r) => Math.sqrt(r.pop) / 600), sizemode: 'diameter', sizemin: 4, opacity: 0.75 },
      hovertemplate: '%{text}<br>fertility %{x}<br>life expectancy %{y}<extra></extra>',
    };
  });
  return {
    data: traces,
    layout: {
      margin: { l: 56, r: 16, t: 16, b: 48 },
      xaxis: { title: { text: 'Fertility (births per woman)' }, range: [0, 9] },
      yaxis: { title: { text: 'Life expectancy (years)' }, range: [20, 90] },
      legend: { orientation: 'h', y: -0.2, itemsizing: 'constant' },
    },
  };
}
