/** The table shows the filtered orders, newest first. */
export default function list({ rows }: Inputs): Outputs {
  return [...rows].reverse();
}
