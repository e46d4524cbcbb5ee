import { useEffect, useRef, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { IntervalProps } from './props';

/**
 * Draws nothing. Adds one to `ticks` every `intervalMs` while not disabled and until `ticks`
 * reaches `maxTicks`; a callback that sets `ticks` (back to 0), `disabled` or `maxTicks` starts
 * or stops it. Never ticks on the design canvas.
 */
export function IntervalView({ props, setProp, mode }: ViewProps<IntervalProps>): ReactElement | null {
  const { intervalMs, maxTicks, disabled, ticks } = props;
  const latest = useRef({ ticks, maxTicks, setProp });
  const done = maxTicks >= 0 && ticks >= maxTicks;
  const running = mode === 'app' && !disabled && !done;

  useEffect(() => {
    latest.current = { ticks, maxTicks, setProp };
  }, [ticks, maxTicks, setProp]);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      const now = latest.current;
      if (now.maxTicks >= 0 && now.ticks >= now.maxTicks) return;
      // Counted here too: two ticks before the page re-renders still count as two.
      now.ticks += 1;
      now.setProp('ticks', now.ticks);
    }, intervalMs);
    return () => clearInterval(timer);
  }, [running, intervalMs]);

  return null;
}
