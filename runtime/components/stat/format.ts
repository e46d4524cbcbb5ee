import { format as d3format } from 'd3-format';

const DEFAULT_FORMAT = ',.2~f';
const cache = new Map<string, (n: number) => string>();

function formatter(spec: string): (n: number) => string {
  let f = cache.get(spec);
  if (!f) {
    try {
      f = d3format(spec);
    } catch {
      // Not a d3-format specifier (a typo while editing): show the number in the default way.
      f = d3format(DEFAULT_FORMAT);
    }
    if (cache.size > 200) cache.clear();
    cache.set(spec, f);
  }
  return f;
}

/** `value` through a d3-format specifier ("" = up to two decimals with thousands separators). */
export function formatNumber(value: number, spec: string): string {
  if (!Number.isFinite(value)) return String(value);
  return formatter(spec.trim() || DEFAULT_FORMAT)(value);
}

export type Tone = 'positive' | 'negative' | 'neutral';

/** The delta's colour: forced by trend "up"/"down", else by its sign. */
export function toneOf(delta: number, trend: 'auto' | 'up' | 'down'): Tone {
  if (trend === 'up') return 'positive';
  if (trend === 'down') return 'negative';
  return delta > 0 ? 'positive' : delta < 0 ? 'negative' : 'neutral';
}
