/** The most useful stack line: the first frame in a callback's source, else the first frame. */
export function firstStackLine(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at ') || /^[^\s@]*@.+:\d+/.test(line));
  return frames.find((line) => line.includes('callbacks/')) ?? frames[0];
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return typeof err === 'string' ? err : JSON.stringify(err) ?? String(err);
}
