import type { CallbackSpec } from '../schema/project';

/**
 * Error handlers (DESIGN §4b, Dash's on_error): a callback's `"onError"` (or the project's
 * top-level `"onError"`) names a callback whose module callbacks/<id>.ts handles the errors. A
 * callback used as a handler is not part of the graph: it never runs by itself, only when a
 * callback it handles fails, and then where that callback ran (server or page).
 */
export interface ErrorHandlerSource {
  callbacks: readonly Pick<CallbackSpec, 'id' | 'onError' | 'placement'>[];
  onError?: string | undefined;
}

/** The handler's first argument: what failed, and how. */
export interface CallbackErrorInfo {
  message: string;
  /** The failed callback's id (for a MATCH instance, its "cb[index]" id). */
  callback: string;
  /** Mapped to callbacks/<id>.ts lines where the runner can. */
  stack?: string;
}

/** Ids of the callbacks used as error handlers (named by some `onError`). */
export function errorHandlerIds(project: ErrorHandlerSource): Set<string> {
  const ids = new Set<string>();
  if (project.onError) ids.add(project.onError);
  for (const cb of project.callbacks) if (cb.onError) ids.add(cb.onError);
  return ids;
}

/** The handler of a callback: its own `onError`, else the project's; never itself. */
export function errorHandlerOf(spec: Pick<CallbackSpec, 'id' | 'onError'>, projectOnError: string | undefined): string | undefined {
  const handler = spec.onError ?? projectOnError;
  return handler !== undefined && handler !== spec.id ? handler : undefined;
}

/**
 * Handler ids needed on each side: `server` for the handlers of server callbacks, `client` for
 * those of client callbacks (so the compiler builds each handler module where it may run).
 */
export function handlersByPlacement(project: ErrorHandlerSource): { server: Set<string>; client: Set<string> } {
  const handlers = errorHandlerIds(project);
  const server = new Set<string>();
  const client = new Set<string>();
  for (const cb of project.callbacks) {
    if (handlers.has(cb.id)) continue;
    const handler = errorHandlerOf(cb, project.onError);
    if (handler === undefined) continue;
    (cb.placement === 'client' ? client : server).add(handler);
  }
  return { server, client };
}

/** The error argument a handler gets. */
export function errorInfo(callback: string, error: { message: string; stack?: string | undefined }): CallbackErrorInfo {
  return error.stack !== undefined ? { message: error.message, callback, stack: error.stack } : { message: error.message, callback };
}

/**
 * The handler's module is compiled behind this wrapper (Dash's on_error: a handler that returns
 * nothing leaves every output unchanged, and the error counts as handled).
 */
export function errorHandlerWrapper(importPath: string): string {
  return [
    `import handler from ${JSON.stringify(importPath)};`,
    'const settle = (value, ctx) => (value === undefined ? ctx.noUpdate : value);',
    'export default function onError(error, ctx) {',
    '  const result = handler(error, ctx);',
    "  return result !== null && typeof result === 'object' && typeof result.then === 'function' ? result.then((value) => settle(value, ctx)) : settle(result, ctx);",
    '}',
    '',
  ].join('\n');
}
