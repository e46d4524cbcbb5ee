import type { CallbackSpec } from '../schema/project';
import type { CallbackOutcome, ErrorOutcome } from '../contracts/callbackResult';
import { errorHandlerOf, errorInfo } from '../graph/errorHandlers';

/** Runs a module of the client bundle with the failed callback's outputs, triggered and pattern. */
export type ClientModuleCall = (module: string, args: Record<string, unknown>) => Promise<CallbackOutcome>;

/**
 * A failed client callback's onError handler (DESIGN §4b, Dash's on_error), run where the
 * callback ran (the callback worker, or the page): `(error, ctx)` with the callback's outputs and
 * ctx. Its outcome stands in for the failure, so the error is handled and not reported; a handler
 * that throws (or is missing from the bundle) leaves the original error, its message appended.
 */
export async function handleClientError(
  callback: string,
  spec: Pick<CallbackSpec, 'id' | 'onError'>,
  failed: ErrorOutcome,
  projectOnError: string | undefined,
  call: ClientModuleCall,
  mapStack: (stack: string | undefined) => Promise<string | undefined>,
): Promise<CallbackOutcome> {
  const handler = errorHandlerOf(spec, projectOnError);
  if (handler === undefined) return failed;
  const stack = await mapStack(failed.stack);
  const outcome = await call(handler, { ...errorInfo(callback, { message: failed.message, stack }) });
  if (outcome.kind !== 'error') return outcome;
  return { ...failed, message: `${failed.message} (and its onError handler "${handler}" failed: ${outcome.message})` };
}
