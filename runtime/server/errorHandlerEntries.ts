import { errorHandlerWrapper } from '../graph/errorHandlers';

/** Where the compiler puts the wrapper of an onError handler's module (never a project file). */
export const HANDLER_ENTRY_DIR = '.dashwright/onError';

/**
 * Adds, to the compiler's in-memory files, a wrapper entry for each callback used as an onError
 * handler (errorHandlerWrapper: a handler returning nothing leaves the outputs unchanged), and
 * returns the entry to build for a callback id: the wrapper for a handler, its module otherwise.
 */
export function handlerEntries(virtual: Map<string, string>, handlers: ReadonlySet<string>, callbackPath: (id: string) => string): (id: string) => string {
  for (const id of handlers) virtual.set(`${HANDLER_ENTRY_DIR}/${id}.ts`, errorHandlerWrapper(`../../${callbackPath(id)}`));
  return (id) => (handlers.has(id) ? `${HANDLER_ENTRY_DIR}/${id}.ts` : callbackPath(id));
}
