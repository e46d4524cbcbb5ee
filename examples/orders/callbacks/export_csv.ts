/** The filtered orders as a CSV download. */
export default function export_csv({ rows }: Inputs): Outputs {
  const header = 'date,order,region,product,channel,units,revenue';
  const lines = rows.map((r) => [r.date, r.order, r.region, r.product, r.channel, r.units, r.revenue].join(','));
  return { filename: 'orders.csv', content: [header, ...lines].join('\n'), mimeType: 'text/csv' };
}
