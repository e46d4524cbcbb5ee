/**
 * A background job with no outputs: it reports progress and, when done, sets the status text
 * with ctx.setProps (Dash's set_props).
 */
export default async function rebalance_job({ clicks }: Inputs, ctx: Ctx): Promise<Outputs> {
  for (let step = 1; step <= 5; step++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    ctx.progress(step / 5, `rebalancing, step ${step} of 5`);
  }
  ctx.setProps('status', { text: `Rebalanced ${clicks}× (last at ${new Date().toISOString().slice(11, 19)} UTC).` });
}
