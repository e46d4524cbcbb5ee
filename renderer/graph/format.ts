/** "0.4 ms", "3.2 ms", "12 ms", "1.35 s". */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/**
 * Cut `text` to about `px` pixels of 12–13 px UI text with an ellipsis (SVG text does not
 * wrap or clip by itself). `charPx` is the average advance of one character.
 */
export function fit(text: string, px: number, charPx = 6.9): string {
  const max = Math.max(1, Math.floor(px / charPx));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** What set a cascade off, for a label. */
export function triggerLabel(trigger: readonly string[], initial: boolean): string {
  if (trigger.length === 0) return initial ? 'initial load' : '—';
  return trigger.join(', ');
}
