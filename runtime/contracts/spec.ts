import { z } from 'zod';
import type { ComponentModuleRef } from '../schema/componentModules';
import { callbackSchema, componentSchema, layoutSchema, pageSchema, settingsSchema, themeSchema, valueSchema, type Project } from '../schema/project';

const componentModuleRefSchema: z.ZodType<ComponentModuleRef> = z.union([
  z.looseObject({ type: z.string(), url: z.string() }),
  z.looseObject({ type: z.string(), error: z.string() }),
]);

/**
 * What GET /_dashwright/spec returns: everything the browser needs to render the app and
 * run its cascades. Callbacks are wiring only; server code never leaves the server. Loose, so a
 * newer server's fields reach an older page.
 */
export const appSpecSchema = z.looseObject({
  name: z.string().default(''),
  layout: layoutSchema.loose().default({ cols: 12, rowHeight: 40 }),
  components: z.array(componentSchema.loose()),
  values: z.array(valueSchema.loose()).default([]),
  callbacks: z.array(callbackSchema.loose()),
  /** The app's pages (DESIGN §4b); absent: one page at "/". */
  pages: z.array(pageSchema.loose()).optional(),
  /** The project's error handler (DESIGN §4b): a callback id. */
  onError: z.string().optional(),
  theme: themeSchema,
  settings: settingsSchema,
  /** URL (relative to the page) of the ES module whose default export maps client callback ids to functions; absent when there are none. */
  clientCallbacksUrl: z.string().optional(),
  /** Served by the editor's preview: effects that leave the page (analytics) only log what they would do. */
  preview: z.boolean().optional(),
  /** The project's own component types (DESIGN §3b): ES modules the page imports before it renders. */
  componentModules: z.array(componentModuleRefSchema).optional(),
  /** Changes whenever the app changes (project or code), so the client can tell a reload apart. */
  revision: z.string().default(''),
});

export type AppSpec = z.infer<typeof appSpecSchema>;

export function specOf(project: Project, revision: string, clientCallbacksUrl?: string, componentModules: ComponentModuleRef[] = []): AppSpec {
  const spec: AppSpec = {
    name: project.name,
    layout: project.layout,
    components: project.components,
    values: project.values,
    callbacks: project.callbacks,
    revision,
  };
  if (project.pages && project.pages.length > 0) spec.pages = project.pages;
  if (project.onError) spec.onError = project.onError;
  if (project.theme) spec.theme = project.theme;
  if (project.settings) spec.settings = project.settings;
  if (clientCallbacksUrl) spec.clientCallbacksUrl = clientCallbacksUrl;
  if (componentModules.length > 0) spec.componentModules = componentModules;
  return spec;
}
