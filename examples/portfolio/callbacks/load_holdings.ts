/** The holdings of data/holdings.json: the cards (one per item, keyed by ticker) and the details table, on load. */
export default async function load_holdings(_inputs: Inputs, ctx: Ctx): Promise<Outputs> {
  const holdings = await ctx.data.json('holdings.json');
  const rows = holdings.map((h) => ({ ticker: h.key, name: h.name, shares: h.shares, price: h.price, position: Math.round(h.shares * h.price) }));
  return { items: holdings, rows };
}
