/** Reads an uploaded CSV with the same parser as ctx.data.csv. */
export default function read_upload({ files }: Inputs, ctx: Ctx): Outputs {
  const file = files[0];
  if (!file) return 'Drop a CSV to see what a callback reads from it.';
  const rows = ctx.parseCsv(file.dataUrl);
  const columns = rows.length ? Object.keys(rows[0]!) : [];
  return `${file.name}: ${rows.length} rows, columns ${columns.join(', ') || '(none)'}`;
}
