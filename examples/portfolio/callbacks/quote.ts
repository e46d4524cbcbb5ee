/**
 * One card (a MATCH callback: it runs for the card whose button was pressed, ctx.match is its
 * ticker). A refresh moves the quote by a small, repeatable step.
 */
export default function quote({ clicks, items }: Inputs, ctx: Ctx): Outputs {
  const holding = (items as { key: string; name: string; shares: number; price: number }[]).find((h) => h.key === ctx.match);
  if (!holding) ctx.preventUpdate();
  const price = holding.price * (1 + 0.013 * Math.sin(clicks * 1.7 + holding.shares));
  return {
    name: `${holding.name} (${holding.key})`,
    detail: `${holding.shares} shares at $${price.toFixed(2)}${clicks > 0 ? ` · refreshed ${clicks}×` : ''}`,
    position: Math.round(holding.shares * price),
  };
}
