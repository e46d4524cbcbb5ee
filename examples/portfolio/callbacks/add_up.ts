/** The portfolio's value: every card's position (an ALL input, one value per card), in the browser. */
export default function add_up({ positions }: Inputs): Outputs {
  return positions.reduce<number>((sum, p) => sum + (typeof p === "number" ? p : 0), 0);
}
