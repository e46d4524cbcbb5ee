import { sizeWithin } from './argsSize';
import { callCallback, type CallbackFunction } from './worker/call';
import { DataFolder } from './worker/data';
import type { Invocation } from './worker/invocation';
import { sourceUrlOf, type CompiledModule, type InvokeOutcome } from './worker/protocol';
import { StackMapper } from './worker/stack';
import { patternFields } from './worker/invocation';

/** Revisions kept, as in a worker: in-flight requests may still use the previous one after a hot swap. */
const KEEP_REVISIONS = 2;
/**
 * Most work (proved bound × unit size, see boundedCallback.ts) a call may do on the event loop:
 * a few milliseconds of string and array operations at worst. A call over it goes to a worker.
 */
export const INLINE_WORK_BUDGET = 4 * 1024 * 1024;
/** The smallest unit of the proof: what a number, an error message or a stack takes at most. */
const MIN_UNIT = 1024;

interface InlineCallback {
  fn: CallbackFunction;
  work: number;
  /** The unit is at least the module's length (its literals, and engine messages quoting its code). */
  minUnit: number;
}

interface Revision {
  callbacks: Map<string, InlineCallback>;
  mapper: StackMapper;
  data: DataFolder;
}

/**
 * Bounded callbacks (see boundedCallback.ts: straight-line code with a proved bound on its work,
 * marked by the compiler) run here, on the server's event loop, instead of in a worker thread:
 * for a callback that takes microseconds, the hop to a worker costs more than the call. The
 * event loop has no time or memory limit, so a call runs here only while its proved work for
 * the arguments it got fits INLINE_WORK_BUDGET. Everything else, and any module that fails to
 * load here, goes to the worker pool.
 */
export class InlineCallbacks {
  private readonly revisions = new Map<string, Revision>();

  async load(revision: string, modules: Record<string, CompiledModule>, dataDir?: string): Promise<void> {
    const callbacks = new Map<string, InlineCallback>();
    const maps = new Map<string, string>();
    for (const [id, module] of Object.entries(modules)) {
      const work = module.boundedWork;
      if (!module.bounded || work === undefined || work * Math.max(MIN_UNIT, module.code.length) > INLINE_WORK_BUDGET) continue;
      maps.set(id, module.map);
      const source = `${module.code}\n//# sourceURL=${sourceUrlOf(id)}\n`;
      try {
        const ns = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { default?: unknown };
        if (typeof ns.default === 'function') callbacks.set(id, { fn: ns.default as CallbackFunction, work, minUnit: Math.max(MIN_UNIT, module.code.length) });
      } catch {
        // The worker loads it too and reports the error from there.
      }
    }
    this.revisions.set(revision, { callbacks, mapper: new StackMapper(maps), data: new DataFolder(dataDir) });
    while (this.revisions.size > KEEP_REVISIONS) this.revisions.delete(this.revisions.keys().next().value as string);
  }

  /**
   * The outcome of `inv` run here, or undefined when it is not a bounded callback of that
   * revision, or its arguments are too large for its proved bound to fit the budget.
   */
  invoke(inv: Invocation): Promise<InvokeOutcome> | undefined {
    if (inv.onProgress || inv.signal) return undefined;
    const revision = this.revisions.get(inv.revision);
    const entry = revision?.callbacks.get(inv.callback);
    if (!revision || !entry) return undefined;
    const maxUnit = Math.floor(INLINE_WORK_BUDGET / entry.work);
    const size = sizeWithin([inv.args, inv.triggered], maxUnit);
    if (size === undefined || entry.work * Math.max(size, entry.minUnit) > INLINE_WORK_BUDGET) return undefined;
    const fn = entry.fn;
    const msg = { type: 'invoke' as const, seq: 0, revision: inv.revision, callback: inv.callback, args: inv.args, triggered: inv.triggered, outputs: inv.outputs, ...patternFields(inv) };
    return callCallback(fn, msg, revision.data.api(), (stack) => revision.mapper.mapStack(stack));
  }
}
