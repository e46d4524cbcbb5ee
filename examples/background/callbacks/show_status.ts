/** One line about the simulation, from whichever input set this run off. */
export default function show_status(_args: { runs: number; cancels: number; result: string }, ctx: { triggered: string[] }): string {
  if (ctx.triggered.includes('cancel.clicks')) return 'Cancelled: the last result stays.';
  if (ctx.triggered.includes('run.clicks')) return 'Running… press Cancel to stop.';
  return 'Done.';
}
