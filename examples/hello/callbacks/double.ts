export default function double({ n }: { n: number }): string {
  return `twice ${n} is ${n * 2}`;
}
