import { z } from 'zod';
import type { Problem } from '../schema/problems';
import type { Project } from '../schema/project';

/**
 * The one typed channel map between the editor (renderer) and its host: Electron main over
 * IPC, or the browser-mode host server over HTTP (POST /_host/<channel>). Requests are
 * validated with these zod schemas on the host side; responses are typed here.
 */

/** What the Data panel shows of one file of data/ (runtime/server/dataFiles.ts makes it). */
export interface DataPreview {
  name: string;
  kind: 'csv' | 'json' | 'text' | 'parquet';
  bytes: number;
  /** Rows in the file (a JSON array's length); absent for other JSON and text. */
  rowCount?: number;
  columns: { name: string; type: string }[];
  /** The first 100 rows, dates as ISO text. */
  rows: Record<string, unknown>[];
  /** The start of a file that is not a table. */
  text?: string;
}

/**
 * A file of the project's data/ folder with the type its content has (see runtime/server/dataTypes.ts),
 * or (kind "sql") a literal query of a ctx.data.sql call in the callbacks, `name` being the query.
 */
export interface DataFileType {
  name: string;
  kind: 'json' | 'csv' | 'parquet' | 'sql';
  /** What ctx.data.json(name), csv(name), parquet(name) or sql(name) resolves to. */
  tsType: string;
}

const projectDoc = z.record(z.string(), z.unknown());
const callbackSources = z.record(z.string(), z.string());
/** Project component type → source of components/<type>/index.tsx. */
const componentSources = z.record(z.string(), z.string()).optional();

export const hostRequests = {
  'project:open': z.object({ dir: z.string().min(1) }),
  'project:new': z.object({ dir: z.string().min(1), template: z.string().min(1), name: z.string().optional() }),
  'project:save': z.object({ dir: z.string().min(1), project: projectDoc, callbacks: callbackSources, components: componentSources }),
  'project:chooseDir': z.object({ purpose: z.enum(['open', 'new', 'export']) }),
  /** The folders inside `dir` (the home folder when absent): browser mode's folder picker. */
  'fs:listDir': z.object({ dir: z.string().min(1).optional() }),
  'project:validate': z.object({ project: projectDoc, callbacks: callbackSources, components: componentSources, dir: z.string().optional() }),
  /** `queries`: the literal ctx.data.sql queries of the callbacks (runtime/graph/sqlQueries.ts), typed too. */
  'project:dataTypes': z.object({ dir: z.string().min(1), queries: z.array(z.string().max(20_000)).max(200).optional() }),
  /** Files dropped onto the editor or picked, into the project's data/ folder. */
  'data:import': z.object({ dir: z.string().min(1), files: z.array(z.object({ name: z.string().min(1), base64: z.string() })).min(1).max(50) }),
  /** The first rows of a data/ file, its row count and column types (the Data panel). */
  'data:preview': z.object({ dir: z.string().min(1), name: z.string().min(1) }),
  /** The user's answer to "do you trust this folder?" (workspace trust, DESIGN §8). */
  'project:trust': z.object({ dir: z.string().min(1), trusted: z.boolean() }),
  'autosave:write': z.object({ dir: z.string().min(1), project: projectDoc, callbacks: callbackSources, components: componentSources }),
  'autosave:read': z.object({ dir: z.string().min(1) }),
  'autosave:clear': z.object({ dir: z.string().min(1) }),
  'templates:list': z.object({}),
  'recent:list': z.object({}),
  'preview:update': z.object({ project: projectDoc, callbacks: callbackSources, components: componentSources, dir: z.string().optional() }),
  'export:run': z.object({ project: projectDoc, callbacks: callbackSources, components: componentSources, dir: z.string().optional(), out: z.string().min(1) }),
  /** The project's own components compiled for the editor's canvas (ES modules; only for a trusted folder or an unsaved document). */
  'components:build': z.object({ components: z.record(z.string(), z.string()), dir: z.string().optional() }),
} as const;

export type HostChannel = keyof typeof hostRequests;
export type HostRequest<C extends HostChannel> = z.infer<(typeof hostRequests)[C]>;

/**
 * Workspace trust of a project folder (DESIGN §8): `trusted` runs its callbacks in the preview;
 * `restricted` (the user said no) and `ask` (no answer yet) only draw it: restricted mode.
 */
export type ProjectTrust = 'trusted' | 'restricted' | 'ask';

/** A project as the editor holds it: the manifest and the source of each callback module. */
export interface OpenedProject {
  dir: string;
  project: Project;
  callbacks: Record<string, string>;
  /** The project's own component types: type → source of components/<type>/index.tsx. */
  components?: Record<string, string>;
  problems: Problem[];
  /** Set when an autosave newer than the saved files exists (crash recovery). */
  recovery?: { savedAt: string };
  /** The JSON and CSV files of its data/ folder with their content's types (ctx.data readers are typed by them). */
  dataTypes?: DataFileType[];
  /** Whether its callbacks may run (absent from older hosts: trusted). */
  trust?: ProjectTrust;
}

export interface HostResponses {
  'project:open': OpenedProject;
  'project:new': OpenedProject;
  'project:save': { savedAt: string };
  /** null when the user cancelled */
  'project:chooseDir': { dir: string | null };
  /** `dir` made absolute, its parent (null at the root), and its sub-folders (hidden ones left out), projects marked. */
  'fs:listDir': { dir: string; parent: string | null; entries: { name: string; isProject: boolean }[] };
  'project:validate': { problems: Problem[] };
  'project:dataTypes': { files: DataFileType[] };
  'data:import': { written: string[] };
  'data:preview': DataPreview;
  'project:trust': { trust: ProjectTrust };
  'autosave:write': { savedAt: string };
  'autosave:read': { project: Project; callbacks: Record<string, string>; components?: Record<string, string>; savedAt: string } | null;
  'autosave:clear': { ok: true };
  'templates:list': { templates: { name: string; description: string }[] };
  'recent:list': { dirs: string[] };
  /** url of the preview app (served by runtime/server), stable across updates; restricted: drawn without running callbacks (an untrusted folder) */
  'preview:update': { url: string; problems: Problem[]; restricted?: boolean };
  'export:run': { outDir: string; files: number };
  /** Per type: the browser module's code, or why it has none; problems name files and lines. */
  'components:build': { modules: { type: string; code?: string; error?: string }[]; problems: Problem[] };
}

export type HostResponse<C extends HostChannel> = HostResponses[C];

/** Error shape a host returns (HTTP 4xx body, or a rejected IPC promise's message). */
export interface HostError {
  error: string;
}

/** What the renderer calls. Two implementations: electron (preload bridge) and browser (HTTP). */
export interface Host {
  readonly kind: 'electron' | 'browser';
  call<C extends HostChannel>(channel: C, request: HostRequest<C>): Promise<HostResponse<C>>;
}
