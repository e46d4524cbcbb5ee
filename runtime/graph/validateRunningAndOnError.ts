import type { Catalog } from '../schema/catalog';
import type { Problem } from '../schema/problems';
import type { Project } from '../schema/project';
import { errorHandlerIds } from './errorHandlers';

type Target = Problem['target'];

function problem(severity: Problem['severity'], path: string, code: string, message: string, target?: Target): Problem {
  return target ? { path, code, message, severity, target } : { path, code, message, severity };
}

/**
 * `running` and `onError` (DESIGN §4b): a running entry names a component's prop and carries
 * `on` and `off` values that fit the prop's schema; an `onError` names another callback
 * (its module is the handler), which takes no inputs, state or outputs of its own.
 */
export function checkRunningAndOnError(project: Project, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const components = new Map(project.components.map((c) => [c.id, c]));
  const callbacks = new Map(project.callbacks.map((cb) => [cb.id, cb]));
  const handlers = errorHandlerIds(project);

  const checkHandler = (handler: string, path: string, owner: string | undefined, target?: Target): void => {
    const who = owner ? `${owner}: ` : '';
    if (handler === owner) problems.push(problem('error', path, 'bad-error-handler', `${who}a callback cannot be its own onError handler`, target));
    else if (!callbacks.has(handler)) problems.push(problem('error', path, 'unknown-error-handler', `${who}onError "${handler}" is not a callback of the project (its module callbacks/${handler}.ts is the handler)`, target));
  };

  project.callbacks.forEach((cb, i) => {
    const target: Target = { kind: 'callback', id: cb.id };
    (cb.running ?? []).forEach((entry, j) => {
      const path = `callbacks[${i}].running[${j}]`;
      for (const side of ['on', 'off'] as const) {
        if (!Object.hasOwn(entry, side) || entry[side] === undefined) problems.push(problem('error', `${path}.${side}`, 'bad-running', `${cb.id}: running ${entry.id}.${entry.prop} needs an "${side}" value`, target));
      }
      const component = components.get(entry.id);
      if (!component) {
        problems.push(problem('error', `${path}.id`, 'unknown-component', `${cb.id}: running names no component "${entry.id}"`, target));
        return;
      }
      const info = catalog.get(component.type);
      if (!info) return;
      if (!info.props.includes(entry.prop)) {
        problems.push(problem('error', `${path}.prop`, 'unknown-prop', `${cb.id}: running: ${component.type} "${entry.id}" has no prop "${entry.prop}" (it has ${info.props.join(', ')})`, target));
        return;
      }
      const schema = info.propSchema(entry.prop, component.props);
      for (const side of ['on', 'off'] as const) {
        if (!schema || entry[side] === undefined) continue;
        const parsed = schema.safeParse(entry[side]);
        if (!parsed.success) problems.push(problem('error', `${path}.${side}`, 'bad-running', `${cb.id}: running ${entry.id}.${entry.prop}: "${side}" ${JSON.stringify(entry[side])} does not fit the prop: ${parsed.error.issues[0]?.message ?? 'invalid'}`, target));
      }
    });
    if (cb.onError !== undefined) checkHandler(cb.onError, `callbacks[${i}].onError`, cb.id, target);
    if (handlers.has(cb.id)) {
      if (cb.inputs.length + cb.state.length + cb.outputs.length > 0) {
        problems.push(problem('warning', `callbacks[${i}]`, 'error-handler-wiring', `${cb.id} is an onError handler: it runs only when a callback it handles fails, with that callback's outputs; its own inputs, state and outputs are ignored`, target));
      }
      if (cb.onError !== undefined) problems.push(problem('warning', `callbacks[${i}].onError`, 'error-handler-wiring', `${cb.id} is an onError handler: its own onError is ignored (a failing handler's error is reported)`, target));
    }
  });
  if (project.onError !== undefined) checkHandler(project.onError, 'onError', undefined);
  return problems;
}
