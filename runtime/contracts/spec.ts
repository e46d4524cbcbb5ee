import type { ComponentModuleRef } from '../schema/componentModules';
import type { CallbackSpec, ComponentInstance, Layout, Project, ValueSpec } from '../schema/project';

/**
 * What GET /_dashwright/spec returns: everything the browser needs to render the app and
 * run its cascades. Callbacks are wiring only; server code never leaves the server.
 */
export interface AppSpec {
  name: string;
  layout: Layout;
  components: ComponentInstance[];
  values: ValueSpec[];
  callbacks: CallbackSpec[];
  theme?: Project['theme'];
  settings?: Project['settings'];
  /** URL (relative to the page) of the ES module whose default export maps client callback ids to functions; absent when there are none. */
  clientCallbacksUrl?: string;
  /** Served by the editor's preview: effects that leave the page (analytics) only log what they would do. */
  preview?: boolean;
  /** The project's own component types (DESIGN §3b): ES modules the page imports before it renders. */
  componentModules?: ComponentModuleRef[];
  /** Changes whenever the app changes (project or code), so the client can tell a reload apart. */
  revision: string;
}

export function specOf(project: Project, revision: string, clientCallbacksUrl?: string, componentModules: ComponentModuleRef[] = []): AppSpec {
  const spec: AppSpec = {
    name: project.name,
    layout: project.layout,
    components: project.components,
    values: project.values,
    callbacks: project.callbacks,
    revision,
  };
  if (project.theme) spec.theme = project.theme;
  if (project.settings) spec.settings = project.settings;
  if (clientCallbacksUrl) spec.clientCallbacksUrl = clientCallbacksUrl;
  if (componentModules.length > 0) spec.componentModules = componentModules;
  return spec;
}
