import type { z } from 'zod';
import { buildAppGraph, type DependencyGraph, type PatternIds } from '../graph';
import { itemIndices, repeatCopies, repeatIds } from '../schema/repeat';
import type { Catalog } from '../schema/catalog';
import { specOf } from '../contracts/spec';
import { COMPONENT_MODULES_PATH, componentEntry, type ComponentModuleRef } from '../schema/componentModules';
import type { CompiledApp } from './compiledApp';
import { fastCheckOf, type FastCheck } from './fastCheck';
import { pageCsp } from './csp';
import { renderPage } from './page';
import { Lru } from './valueCache';

export const CLIENT_CALLBACKS_PATH = '_dashwright/client-callbacks.js';

/**
 * Everything a request needs about the current app, computed once in setApp so the update
 * path does no parsing, planning setup or file access of its own.
 */
export interface LoadedApp {
  compiled: CompiledApp;
  revision: string;
  graph: DependencyGraph;
  /** Component id → pattern id, of the components that carry one (ctx.triggeredId). */
  patterns: PatternIds;
  /** Every addressable "id.prop": component props map to their schema, values to null (any JSON). */
  keys: Map<string, z.ZodType | null>;
  /** Quick tests of the simple prop schemas among `keys` (see fastCheck.ts); zod for the rest. */
  fastChecks: Map<string, FastCheck>;
  /** The server part of a cascade's plan, by request shape (see cascade.ts): planned once, not per request. */
  planCache: Map<string, string[]>;
  /** Component id → type, for error messages. */
  componentTypes: Map<string, string>;
  /** Component props as the manifest sets them, with the type's defaults: used when a request omits one. */
  defaults: Map<string, unknown>;
  /** "<valueId>.value" keys. */
  valueKeys: Set<string>;
  /** Keys read by client-placement callbacks (values among them are sent to the browser). */
  clientReads: Set<string>;
  /** Callback id → why it has no module (compile problems), for error reports. */
  missingModules: Map<string, string>;
  /** Position of each callback in the graph's dependency order. */
  orderIndex: Map<string, number>;
  /** Server callbacks whose code mentions `triggered` (ctx.triggered): their cache key includes what fired. */
  readsTriggered: Set<string>;
  /** Memoized results of callbacks that only write named values. */
  valueMemo: Lru<Record<string, unknown>>;
  specJson: string;
  pageHtml: string;
  /** The page's Content-Security-Policy (csp.ts). */
  pageCsp: string;
  dataDir?: string;
  /**
   * An app with repeat containers (DESIGN §4b): the app with the copies the items in a request's
   * `values` call for (the page sends every "<repeat>.items"; absent ones are the manifest's),
   * memoized by the items' indices.
   */
  withItems?: (values: Readonly<Record<string, unknown>>) => LoadedApp;
}

export interface PrepareOptions {
  /** Internal: this app already holds its repeat copies. */
  withCopies?: boolean;
  /** Served by the editor's preview: the spec says so, and effects that leave the page (analytics) only log. */
  preview?: boolean;
}

export function prepareApp(compiled: CompiledApp, catalog: Catalog, dataDir?: string, options: PrepareOptions = {}): LoadedApp {
  const { project, revision } = compiled;
  const { graph, patterns } = buildAppGraph(project, project.components);
  const keys = new Map<string, z.ZodType | null>();
  const componentTypes = new Map<string, string>();
  const defaults = new Map<string, unknown>();
  for (const component of project.components) {
    componentTypes.set(component.id, component.type);
    const info = catalog.get(component.type);
    if (!info) continue;
    for (const prop of info.props) keys.set(`${component.id}.${prop}`, info.propSchema(prop, component.props) ?? null);
    const parsed = info.propsSchema.safeParse(component.props);
    const props = parsed.success ? { ...component.props, ...parsed.data } : component.props;
    for (const [prop, value] of Object.entries(props)) if (value !== undefined) defaults.set(`${component.id}.${prop}`, value);
  }
  const fastChecks = new Map<string, FastCheck>();
  for (const [key, schema] of keys) {
    const check = schema ? fastCheckOf(schema) : undefined;
    if (check) fastChecks.set(key, check);
  }
  const valueKeys = new Set(project.values.map((v) => `${v.id}.value`));
  for (const key of valueKeys) keys.set(key, null);
  const clientReads = new Set<string>();
  for (const node of graph.callbacks.values()) {
    if (node.spec.placement === 'client') for (const key of [...node.inputs, ...node.state]) clientReads.add(key);
  }
  const missingModules = new Map<string, string>();
  for (const cb of project.callbacks) {
    if (cb.placement !== 'server' || compiled.server[cb.id]) continue;
    const own = compiled.problems.filter((p) => p.severity === 'error' && p.target?.id === cb.id);
    missingModules.set(cb.id, own.length > 0 ? `callbacks/${cb.id}.ts does not compile: ${own.map((p) => `${p.path}: ${p.message}`).join('; ')}` : `callback "${cb.id}" has no compiled module`);
  }
  const clientUrl = compiled.clientBundle !== undefined ? `${CLIENT_CALLBACKS_PATH}?rev=${revision}` : undefined;
  const app: LoadedApp = {
    compiled,
    revision,
    graph,
    patterns,
    keys,
    fastChecks,
    planCache: new Map(),
    componentTypes,
    defaults,
    valueKeys,
    clientReads,
    missingModules,
    orderIndex: new Map(graph.order.map((id, i) => [id, i])),
    readsTriggered: new Set(Object.entries(compiled.server).filter(([, m]) => m.code.includes('triggered')).map(([id]) => id)),
    valueMemo: new Lru(128),
    specJson: JSON.stringify({ ...specOf(project, revision, clientUrl, componentModulesOf(compiled)), ...(options.preview ? { preview: true } : {}) }),
    pageHtml: renderPage(project.name),
    pageCsp: pageCsp(project),
  };
  if (dataDir !== undefined) app.dataDir = dataDir;
  const repeats = options.withCopies ? [] : repeatIds(project.components);
  if (repeats.length > 0) {
    const expanded = new Lru<LoadedApp>(16);
    app.withItems = (values) => {
      const itemsOf = (id: string): unknown => (Object.hasOwn(values, `${id}.items`) ? values[`${id}.items`] : defaults.get(`${id}.items`));
      const signature = JSON.stringify(repeats.map((id) => itemIndices(itemsOf(id))));
      let found = expanded.get(signature);
      if (!found) {
        const components = [...project.components, ...repeatCopies(project.components, itemsOf)];
        found = prepareApp({ ...compiled, project: { ...project, components } }, catalog, dataDir, { ...options, withCopies: true });
        expanded.set(signature, found);
      }
      return found;
    };
  }
  return app;
}

/** What the page loads for each project component, or the compile error its card shows instead. */
function componentModulesOf(compiled: CompiledApp): ComponentModuleRef[] {
  const refs: ComponentModuleRef[] = (compiled.components ?? []).map((c) => ({ type: c.type, url: `${COMPONENT_MODULES_PATH}${c.type}.js?h=${c.hash}` }));
  const compiledTypes = new Set(refs.map((r) => r.type));
  for (const p of compiled.problems) {
    const type = /^components\/([^/]+)\//.exec(p.path)?.[1];
    if (type === undefined || compiledTypes.has(type) || p.severity !== 'error' || !p.path.startsWith(componentEntry(type))) continue;
    compiledTypes.add(type);
    refs.push({ type, error: `${p.path}: ${p.message}` });
  }
  return refs;
}
