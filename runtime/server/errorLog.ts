import type { CallbackError } from '../contracts/wire';
import type { ServerLog } from './requestLog';

/** How long the same callback error is logged only once. */
const QUIET_MS = 10_000;

/**
 * The server log's view of callback errors: each one with its .ts location, but the same error
 * of the same callback at most once per QUIET_MS, with how many were left out, so a callback
 * failing on every request does not flood the log.
 */
export class CallbackErrorLog {
  private readonly seen = new Map<string, { at: number; skipped: number }>();

  constructor(
    private readonly log: ServerLog,
    private readonly now: () => number = Date.now,
  ) {}

  /** `fields`: what the log keeps with each line (the request id). */
  report(errors: readonly CallbackError[], fields?: Record<string, unknown>): void {
    for (const error of errors) {
      const key = `${error.callback}\n${error.message}`;
      const at = this.now();
      const last = this.seen.get(key);
      if (last && at - last.at < QUIET_MS) {
        last.skipped += 1;
        continue;
      }
      const where = error.stack?.split('\n').find((line) => /callbacks\//.test(line))?.trim();
      const again = last?.skipped ? ` (and ${last.skipped} more time${last.skipped === 1 ? '' : 's'} since it was last logged)` : '';
      this.log(`callback "${error.callback}" failed: ${error.message}${where ? ` ${where}` : ''}${again}`, { ...fields, callback: error.callback });
      this.seen.set(key, { at, skipped: 0 });
      if (this.seen.size > 1000) this.seen.delete(this.seen.keys().next().value as string);
    }
  }
}
