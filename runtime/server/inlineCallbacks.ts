import { callCallback, type CallbackFunction } from './worker/call';
import { DataFolder } from './worker/data';
import type { Invocation } from './worker/invocation';
import { sourceUrlOf, type CompiledModule, type InvokeOutcome } from './worker/protocol';
import { StackMapper } from './worker/stack';

/** Revisions kept, as in a worker: in-flight requests may still use the previous one after a hot swap. */
const KEEP_REVISIONS = 2;

interface Revision {
  callbacks: Map<string, CallbackFunction>;
  mapper: StackMapper;
  data: DataFolder;
}

/**
 * Bounded callbacks (see boundedCallback.ts: straight-line code, marked `bounded` by the compiler)
 * run here, on the server's event loop, instead of in a worker thread: for a callback that takes
 * microseconds, the hop to a worker costs more than the call. Everything else, and any module
 * that fails to load here, goes to the worker pool.
 */
export class InlineCallbacks {
  private readonly revisions = new Map<string, Revision>();

  async load(revision: string, modules: Record<string, CompiledModule>, dataDir?: string): Promise<void> {
    const callbacks = new Map<string, CallbackFunction>();
    const maps = new Map<string, string>();
    for (const [id, module] of Object.entries(modules)) {
      if (!module.bounded) continue;
      maps.set(id, module.map);
      const source = `${module.code}\n//# sourceURL=${sourceUrlOf(id)}\n`;
      try {
        const ns = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { default?: unknown };
        if (typeof ns.default === 'function') callbacks.set(id, ns.default as CallbackFunction);
      } catch {
        // The worker loads it too and reports the error from there.
      }
    }
    this.revisions.set(revision, { callbacks, mapper: new StackMapper(maps), data: new DataFolder(dataDir) });
    while (this.revisions.size > KEEP_REVISIONS) this.revisions.delete(this.revisions.keys().next().value as string);
  }

  /** The outcome of `inv` run here, or undefined when it is not a bounded callback of that revision. */
  invoke(inv: Invocation): Promise<InvokeOutcome> | undefined {
    if (inv.onProgress || inv.signal) return undefined;
    const revision = this.revisions.get(inv.revision);
    const fn = revision?.callbacks.get(inv.callback);
    if (!revision || !fn) return undefined;
    const msg = { type: 'invoke' as const, seq: 0, revision: inv.revision, callback: inv.callback, args: inv.args, triggered: inv.triggered, outputs: inv.outputs };
    return callCallback(fn, msg, revision.data.api(), (stack) => revision.mapper.mapStack(stack));
  }
}
