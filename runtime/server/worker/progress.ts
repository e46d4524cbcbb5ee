/** What ctx.progress hands on: a fraction in 0…1 and an optional short message. */
export type ProgressSink = (fraction: number, message?: string) => void;

export interface ProgressReporter {
  /** Posts at most one report per interval (the latest wins). */
  report(fraction: number, message?: unknown): void;
  /** The call ended: drop a report still waiting. */
  stop(): void;
}

const MAX_MESSAGE = 300;

/** ctx.progress's fraction, clamped to 0…1; anything but a number is a mistake worth an error. */
export function checkFraction(fraction: unknown): number {
  if (typeof fraction !== 'number' || Number.isNaN(fraction)) {
    throw new TypeError(`ctx.progress(fraction, message?): fraction must be a number from 0 to 1, got ${typeof fraction === 'number' ? 'NaN' : typeof fraction}`);
  }
  return Math.min(1, Math.max(0, fraction));
}

/**
 * ctx.progress for one invocation. A callback may call it in a tight loop, so reports are
 * throttled: the first goes out at once, later ones at most every `intervalMs`, and the last one
 * of a burst is never lost (it goes out when the interval ends).
 */
export function progressReporter(post: ProgressSink, intervalMs = 50, now: () => number = Date.now): ProgressReporter {
  let lastPost = -Infinity;
  let pending: { fraction: number; message?: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const flush = (): void => {
    timer = undefined;
    if (stopped || !pending) return;
    const { fraction, message } = pending;
    pending = undefined;
    lastPost = now();
    post(fraction, message);
  };

  return {
    report(fraction, message) {
      if (stopped) return;
      const clamped = checkFraction(fraction);
      pending = message === undefined || message === null ? { fraction: clamped } : { fraction: clamped, message: String(message).slice(0, MAX_MESSAGE) };
      const wait = lastPost + intervalMs - now();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}
