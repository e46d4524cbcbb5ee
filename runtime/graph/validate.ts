import type { Catalog } from '../schema/catalog';
import type { Problem } from '../schema/problems';
import { argName, propKey, type Binding, type Project } from '../schema/project';
import { checkPatterns } from './validatePatterns';
import { buildGraph, type DependencyGraph } from './build';
import { checkScripts } from './validateScripts';
import { checkLayout } from './validateLayout';
import { checkContainers } from './validateContainers';
import { checkPages } from './validatePages';
import { checkRunningAndOnError } from './validateRunningAndOnError';

export interface ValidateOptions {
  /** Ids of callbacks that have a module file; when given, a missing module is a problem. */
  callbackIds?: ReadonlySet<string>;
}

type Target = Problem['target'];

function error(path: string, code: string, message: string, target?: Target): Problem {
  return target ? { path, code, message, severity: 'error', target } : { path, code, message, severity: 'error' };
}

function warning(path: string, code: string, message: string, target?: Target): Problem {
  return { ...error(path, code, message, target), severity: 'warning' };
}

/** Every problem of a (schema-valid) project: ids, component props, wiring, graph. */
export function validateProject(project: Project, catalog: Catalog, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  problems.push(...checkIds(project));
  problems.push(...checkComponents(project, catalog));
  problems.push(...checkLayout(project));
  problems.push(...checkContainers(project, catalog));
  problems.push(...checkPages(project, catalog));
  problems.push(...checkScripts(project));
  const graph = buildGraph(project);
  problems.push(...checkBindings(project, catalog, graph));
  problems.push(...checkPatterns(project, catalog));
  problems.push(...checkOutputs(project));
  problems.push(...checkBackground(project, catalog, graph));
  problems.push(...checkCycles(project, graph));
  problems.push(...checkRunningAndOnError(project, catalog));
  if (options.callbackIds) {
    project.callbacks.forEach((cb, i) => {
      if (!options.callbackIds!.has(cb.id)) {
        problems.push(error(`callbacks[${i}]`, 'missing-module', `callback "${cb.id}" has no module callbacks/${cb.id}.ts`, { kind: 'callback', id: cb.id }));
      }
    });
  }
  return problems;
}

function checkIds(project: Project): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const all: [string, string][] = [
    ...project.components.map((c, i): [string, string] => [c.id, `components[${i}].id`]),
    ...project.values.map((v, i): [string, string] => [v.id, `values[${i}].id`]),
    ...project.callbacks.map((c, i): [string, string] => [c.id, `callbacks[${i}].id`]),
  ];
  for (const [id, path] of all) {
    const first = seen.get(id);
    if (first) problems.push(error(path, 'duplicate-id', `id "${id}" is already used at ${first}`));
    else seen.set(id, path);
  }
  return problems;
}

function checkComponents(project: Project, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  project.components.forEach((c, i) => {
    const target: Target = { kind: 'component', id: c.id };
    const info = catalog.get(c.type);
    if (!info) {
      problems.push(error(`components[${i}].type`, 'unknown-type', `unknown component type "${c.type}" (known: ${[...catalog.keys()].join(', ')})`, target));
      return;
    }
    const parsed = info.propsSchema.safeParse(c.props);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(error(`components[${i}].props.${issue.path.join('.')}`, 'bad-prop', `${c.id}: ${issue.message}`, target));
      }
    }
    for (const prop of Object.keys(c.props)) {
      if (!info.props.includes(prop)) problems.push(warning(`components[${i}].props.${prop}`, 'unknown-prop', `${c.type} has no prop "${prop}"`, target));
    }
    if (c.grid.x + c.grid.w > project.layout.cols) {
      problems.push(warning(`components[${i}].grid`, 'off-grid', `${c.id} reaches past column ${project.layout.cols}`, target));
    }
  });
  return problems;
}

function checkBindings(project: Project, catalog: Catalog, graph: DependencyGraph): Problem[] {
  const problems: Problem[] = [];
  const components = new Map(project.components.map((c) => [c.id, c]));
  const values = new Set(project.values.map((v) => v.id));
  project.callbacks.forEach((cb, i) => {
    const target: Target = { kind: 'callback', id: cb.id };
    const names = new Map<string, string>();
    const check = (b: Binding, role: 'inputs' | 'state' | 'outputs', j: number) => {
      const path = `callbacks[${i}].${role}[${j}]`;
      if (role !== 'outputs') {
        const name = argName(b);
        const other = names.get(name);
        if (other) problems.push(error(`${path}.as`, 'duplicate-arg', `${cb.id}: argument "${name}" is bound twice (${other} and ${propKey(b)}); give one an "as" name`, target));
        else names.set(name, propKey(b));
      }
      // Pattern bindings are checked against the pattern components (validatePatterns.ts).
      if (b.pattern) return;
      if (values.has(b.id)) {
        if (b.prop !== 'value') problems.push(error(`${path}.prop`, 'unknown-prop', `${cb.id}: value "${b.id}" has only the prop "value"`, target));
        return;
      }
      const component = components.get(b.id);
      if (!component) {
        problems.push(error(`${path}.id`, 'unknown-component', `${cb.id}: no component or value "${b.id}"`, target));
        return;
      }
      const info = catalog.get(component.type);
      if (!info) return;
      if (!info.props.includes(b.prop)) {
        problems.push(error(`${path}.prop`, 'unknown-prop', `${cb.id}: ${component.type} "${b.id}" has no prop "${b.prop}" (it has ${info.props.join(', ')})`, target));
        return;
      }
      if (role === 'inputs' && !info.inputProps.includes(b.prop) && !graph.producer.has(propKey(b))) {
        problems.push(error(`${path}.prop`, 'not-an-input', `${cb.id}: ${b.id}.${b.prop} never changes (the user cannot change it and no callback writes it); use it as state or pick ${info.inputProps.length ? info.inputProps.map((p) => `${b.id}.${p}`).join(', ') : 'an input prop'}`, target));
      }
    };
    cb.inputs.forEach((b, j) => check(b, 'inputs', j));
    cb.state.forEach((b, j) => check(b, 'state', j));
    cb.outputs.forEach((b, j) => check(b, 'outputs', j));
  });
  project.values.forEach((v, i) => {
    if (!graph.producer.has(`${v.id}.value`)) problems.push(warning(`values[${i}]`, 'unproduced-value', `no callback outputs to value "${v.id}"`, { kind: 'value', id: v.id }));
  });
  return problems;
}

/**
 * One prop, one writer, unless every callback writing it marks that output `"allowDuplicate": true`
 * (Dash's allow_duplicate); a named value always has one producer.
 */
function checkOutputs(project: Project): Problem[] {
  const problems: Problem[] = [];
  const writers = new Map<string, { id: string; allow: boolean }[]>();
  const values = new Set(project.values.map((v) => `${v.id}.value`));
  project.callbacks.forEach((cb, i) => {
    const target: Target = { kind: 'callback', id: cb.id };
    cb.outputs.forEach((b, j) => {
      const key = propKey(b);
      const path = `callbacks[${i}].outputs[${j}]`;
      const before = writers.get(key) ?? [];
      if (before.some((w) => w.id === cb.id)) {
        problems.push(error(path, 'duplicate-output', `${cb.id} lists output ${key} twice`, target));
        return;
      }
      const allow = b.allowDuplicate === true;
      if (before.length > 0) {
        const others = before.map((w) => `"${w.id}"`).join(', ');
        if (values.has(key)) {
          problems.push(error(path, 'duplicate-output', `${key} is written by both ${others} and "${cb.id}"; a named value has one producer`, target));
        } else if (!allow || before.some((w) => !w.allow)) {
          const missing = [...before, { id: cb.id, allow }].filter((w) => !w.allow).map((w) => `"${w.id}"`);
          problems.push(
            error(path, 'duplicate-output', `${key} is written by both ${others} and "${cb.id}"; one prop, one writer, unless every writer marks it "allowDuplicate": true (missing on ${missing.join(', ')})`, target),
          );
        }
      }
      writers.set(key, [...before, { id: cb.id, allow }]);
    });
    [...cb.inputs, ...cb.state].forEach((b) => {
      if (b.allowDuplicate !== undefined) problems.push(warning(`callbacks[${i}]`, 'allow-duplicate-input', `${cb.id}: "allowDuplicate" applies to outputs only; ${propKey(b)} is read`, target));
    });
  });
  return problems;
}

/** Background callbacks run on the server; `cancel` names existing props; cache runs on the server. */
function checkBackground(project: Project, catalog: Catalog, graph: DependencyGraph): Problem[] {
  const problems: Problem[] = [];
  const components = new Map(project.components.map((c) => [c.id, c]));
  const values = new Set(project.values.map((v) => v.id));
  project.callbacks.forEach((cb, i) => {
    const target: Target = { kind: 'callback', id: cb.id };
    if (cb.background && cb.placement === 'client') {
      problems.push(error(`callbacks[${i}].background`, 'background-client', `${cb.id}: a background callback runs on the server; set "placement": "server" or drop "background"`, target));
    }
    if (cb.cache && cb.placement === 'client') {
      problems.push(warning(`callbacks[${i}].cache`, 'cache-client', `${cb.id}: "cache" applies to server callbacks only; this client callback is not cached`, target));
    }
    if (cb.cancel && cb.cancel.length > 0 && !cb.background) {
      problems.push(warning(`callbacks[${i}].cancel`, 'cancel-without-background', `${cb.id}: "cancel" only stops background callbacks; add "background": true or drop "cancel"`, target));
    }
    (cb.cancel ?? []).forEach((b, j) => {
      const path = `callbacks[${i}].cancel[${j}]`;
      // Pattern bindings are checked against the pattern components (validatePatterns.ts).
      if (b.pattern) return;
      if (values.has(b.id)) {
        if (b.prop !== 'value') problems.push(error(`${path}.prop`, 'unknown-prop', `${cb.id}: cancel: value "${b.id}" has only the prop "value"`, target));
        return;
      }
      const component = components.get(b.id);
      if (!component) {
        problems.push(error(`${path}.id`, 'unknown-component', `${cb.id}: cancel: no component or value "${b.id}"`, target));
        return;
      }
      const info = catalog.get(component.type);
      if (!info) return;
      if (!info.props.includes(b.prop)) {
        problems.push(error(`${path}.prop`, 'unknown-prop', `${cb.id}: cancel: ${component.type} "${b.id}" has no prop "${b.prop}" (it has ${info.props.join(', ')})`, target));
      } else if (!info.inputProps.includes(b.prop) && !graph.producer.has(propKey(b))) {
        problems.push(warning(`${path}.prop`, 'cancel-never-changes', `${cb.id}: cancel: ${b.id}.${b.prop} never changes (the user cannot change it and no callback writes it), so it can never cancel`, target));
      }
    });
  });
  return problems;
}

/** One problem per cycle, naming its path: a.value → cb1 → b.text → cb2 → a.value. */
function checkCycles(project: Project, graph: DependencyGraph): Problem[] {
  if (graph.cyclic.length === 0) return [];
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const start of graph.cyclic) {
    if (reported.has(start)) continue;
    const cycle = findCycle(graph, start);
    if (!cycle) continue;
    cycle.forEach((id) => reported.add(id));
    const index = project.callbacks.findIndex((c) => c.id === cycle[0]);
    problems.push(error(`callbacks[${index}]`, 'cycle', `callback cycle: ${describeCycle(graph, cycle)}`, { kind: 'callback', id: cycle[0] }));
  }
  return problems;
}

function findCycle(graph: DependencyGraph, start: string): string[] | null {
  const path: string[] = [];
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string): string[] | null => {
    if (onPath.has(id)) return path.slice(path.indexOf(id));
    if (done.has(id)) return null;
    onPath.add(id);
    path.push(id);
    for (const out of graph.callbacks.get(id)!.outputs) {
      for (const next of graph.consumers.get(out) ?? []) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    onPath.delete(id);
    done.add(id);
    return null;
  };
  return visit(start);
}

function describeCycle(graph: DependencyGraph, cycle: string[]): string {
  const parts: string[] = [];
  cycle.forEach((id, i) => {
    const next = cycle[(i + 1) % cycle.length];
    const link = graph.callbacks.get(id)!.outputs.find((k) => graph.consumers.get(k)?.includes(next));
    parts.push(id, `${link}`);
  });
  const first = graph.callbacks.get(cycle[cycle.length - 1])!.outputs.find((k) => graph.consumers.get(k)?.includes(cycle[0]));
  return [first, ...parts].join(' → ');
}
