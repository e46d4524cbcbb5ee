import type { CallbackNode } from '../graph';
import { errorHandlerOf, errorInfo } from '../graph/errorHandlers';
import { outputNames } from '../graph/callArgs';
import { patternCallOf } from '../graph/patterns';
import type { ErrorOutcome } from '../contracts/callbackResult';
import type { LoadedApp } from './loadedApp';
import type { Invocation } from './worker/pool';
import type { InvokeOutcome } from './worker/protocol';

/**
 * A failed server callback's onError handler (DESIGN §4b, Dash's on_error): runs where the
 * callback ran (a worker, or inline when its module is proved bounded) with `(error, ctx)`, the
 * failed callback's outputs and ctx. What it returns is the callback's outcome: the error is
 * handled and not reported. A handler that throws, or is missing, leaves the original error
 * reported (with the handler's message appended).
 */
export async function handleServerError(
  app: LoadedApp,
  invoke: (inv: Invocation) => Promise<InvokeOutcome>,
  node: CallbackNode,
  failed: ErrorOutcome,
  triggered: string[],
  timeoutMs: number,
): Promise<InvokeOutcome> {
  const handler = errorHandlerOf(node.spec, app.compiled.project.onError);
  if (handler === undefined) return failed;
  if (!Object.hasOwn(app.compiled.server, handler)) {
    const why = app.missingModules.get(handler) ?? `its module callbacks/${handler}.ts did not compile`;
    return { ...failed, message: `${failed.message} (onError handler "${handler}" could not run: ${why})` };
  }
  const outcome = await invoke({
    revision: app.revision,
    callback: handler,
    args: { ...errorInfo(node.spec.id, failed) },
    triggered,
    outputs: outputNames(node),
    ...(app.patterns.size > 0 ? patternCallOf(node, triggered, app.patterns) : {}),
    timeoutMs,
  });
  if (outcome.kind !== 'error') return outcome;
  return { ...failed, message: `${failed.message} (and its onError handler "${handler}" failed: ${outcome.message})` };
}
