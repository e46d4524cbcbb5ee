import type { CallbackSpec, Project } from '../schema/project';
import { errorHandlerIds, errorHandlerOf } from './errorHandlers';

/**
 * Generated types of a callback used as an onError handler (DESIGN §4b): its first argument is
 * the error (`CallbackError`, also its `Inputs`), and it returns what one of the callbacks it
 * handles may return, or nothing (every output unchanged).
 */
export interface HandlerTypes {
  /** Declarations replacing `interface Inputs {…}`. */
  inputs: string;
  /** The `Outputs` type (inline). */
  outputs: string;
}

const ERROR_FIELDS = [
  '  /** The failed callback\'s error message. */',
  '  readonly message: string;',
  '  /** The id of the callback that failed. */',
  '  readonly callback: string;',
  '  /** Its stack, mapped to callbacks/<id>.ts lines, when there is one. */',
  '  readonly stack?: string;',
];

export function handlerTypesOf(project: Project, spec: CallbackSpec, outputsOf: (handled: CallbackSpec) => string): HandlerTypes | undefined {
  if (!errorHandlerIds(project).has(spec.id)) return undefined;
  const handled = project.callbacks.filter((cb) => cb.id !== spec.id && errorHandlerOf(cb, project.onError) === spec.id && !errorHandlerIds(project).has(cb.id));
  const shapes = [...new Set(handled.map((cb) => outputsOf(cb)).filter((t) => t !== 'void'))];
  return {
    inputs: `interface Inputs {\n${ERROR_FIELDS.join('\n')}\n}\n/** What an onError handler gets: the error of the callback that failed. */\ntype CallbackError = Inputs;`,
    outputs: shapes.length > 0 ? `${shapes.map((t) => `(${t})`).join(' | ')} | void` : 'void',
  };
}
