import { promises as fs } from 'node:fs';
import path from 'node:path';
import { validateProject } from '../graph';
import type { Catalog } from '../schema/catalog';
import { formatPath, parseProject, serializeProject } from '../schema/parse';
import { FORMAT_VERSION, ID_PATTERN, projectSchema, type Project } from '../schema/project';
import type { Problem } from '../schema/problems';
import { commitFiles, readCommitted, serialized } from './saveTransaction';
import { COMPONENT_TYPE_PATTERN, componentEntry } from '../schema/componentModules';

export const MANIFEST = 'dashwright.json';

export type LoadProjectResult =
  | { ok: true; project: Project; callbacks: Record<string, string>; components: Record<string, string>; problems: Problem[]; migratedFrom?: number }
  | { ok: false; message: string; problems: Problem[] };

export interface LoadProjectOptions {
  /** When given, graph and wiring problems (validateProject) are included. */
  catalog?: Catalog;
}

/**
 * Reads a project folder (DESIGN §2). Never writes: a newer format version, bad JSON or a
 * manifest that fails the schema is refused with problems that say where. A save that crashed
 * after its commit is read as it committed (see saveTransaction.ts), so a reader never sees a
 * mix of two saves.
 */
export async function loadProjectFolder(dir: string, options: LoadProjectOptions = {}): Promise<LoadProjectResult> {
  const manifestPath = path.join(dir, MANIFEST);
  let text: string | undefined;
  let read: (relative: string) => Promise<string | undefined>;
  try {
    read = await readCommitted(dir);
    text = await read(MANIFEST);
  } catch (err) {
    const message = `cannot read ${manifestPath}: ${(err as Error).message}`;
    return fail(message, { path: MANIFEST, message, severity: 'error', code: 'missing-manifest' });
  }
  if (text === undefined) {
    const message = (await isDirectory(dir)) ? `${dir} is not a Dashwright project: it has no ${MANIFEST}` : `${dir} does not exist or is not a folder`;
    return fail(message, { path: MANIFEST, message, severity: 'error', code: 'missing-manifest' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const message = `${MANIFEST} is not valid JSON: ${jsonErrorWithPosition(text, err as Error)}`;
    return fail(message, { path: MANIFEST, message, severity: 'error', code: 'json' });
  }
  const parsed = parseProject(raw);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    const message = first?.code === 'version' ? first.message : `${MANIFEST} does not match the project schema (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'})`;
    return { ok: false, message, problems: parsed.problems };
  }
  const { project } = parsed;
  const callbacks: Record<string, string> = {};
  await Promise.all(
    project.callbacks.map(async (cb) => {
      if (!ID_PATTERN.test(cb.id)) return;
      const source = await read(`callbacks/${cb.id}.ts`).catch(() => undefined);
      // A missing one is reported below.
      if (source !== undefined) callbacks[cb.id] = source;
    }),
  );
  const components = await readComponentSources(dir, read);
  const found = new Set(Object.keys(callbacks));
  const problems = options.catalog
    ? validateProject(project, options.catalog, { callbackIds: found })
    : project.callbacks.flatMap((cb, i): Problem[] =>
        found.has(cb.id)
          ? []
          : [{ path: `callbacks[${i}]`, message: `callback "${cb.id}" has no module callbacks/${cb.id}.ts`, severity: 'error', code: 'missing-module', target: { kind: 'callback', id: cb.id } }],
      );
  return parsed.migratedFrom === undefined
    ? { ok: true, project, callbacks, components, problems }
    : { ok: true, project, callbacks, components, problems, migratedFrom: parsed.migratedFrom };
}

/** The project's own component types (DESIGN §3b): each folder of components/ with an index.tsx. */
async function readComponentSources(dir: string, read: (relative: string) => Promise<string | undefined>): Promise<Record<string, string>> {
  const entries = await fs.readdir(path.join(dir, 'components'), { withFileTypes: true }).catch(() => []);
  const components: Record<string, string> = {};
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || !COMPONENT_TYPE_PATTERN.test(entry.name)) continue;
    const source = await read(componentEntry(entry.name)).catch(() => undefined);
    if (source !== undefined) components[entry.name] = source;
  }
  return components;
}

export interface SaveResult {
  /** Project-relative paths written (unchanged files are skipped). */
  written: string[];
  /** Callback modules removed because their callback was deleted. */
  removed: string[];
}

/**
 * Writes a project folder as one transaction (saveTransaction.ts): a crash at any moment leaves
 * the project as it was before this save or as this save wrote it, never a mix, and the next
 * save or open cleans up what the crash left. Unchanged files are not rewritten; modules of
 * callbacks that the previous manifest had and this one does not are removed (other files in
 * callbacks/, such as helpers, are left alone). Saves of one folder run one after another.
 */
export function saveProjectFolder(dir: string, project: Project, callbacks: Record<string, string>, components: Record<string, string> = {}): Promise<SaveResult> {
  const checked = projectSchema.safeParse(project);
  if (!checked.success) {
    const details = checked.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
    return Promise.reject(new Error(`refusing to save an invalid project: ${details}`));
  }
  const badType = Object.keys(components).find((type) => !COMPONENT_TYPE_PATTERN.test(type));
  if (badType !== undefined) return Promise.reject(new Error(`refusing to save a component named ${JSON.stringify(badType)}: a component type is a folder name of letters, digits, "_" or "-"`));
  return serialized(dir, () => save(dir, checked.data, callbacks, components));
}

async function save(dir: string, project: Project, callbacks: Record<string, string>, components: Record<string, string>): Promise<SaveResult> {
  const manifestPath = path.join(dir, MANIFEST);
  const read = await readCommitted(dir);
  const previous = previousManifest(await read(MANIFEST));
  if (previous.version !== undefined && previous.version > FORMAT_VERSION) {
    throw new Error(`refusing to overwrite ${manifestPath}: it uses format version ${previous.version}, newer than this Dashwright writes (${FORMAT_VERSION})`);
  }
  const writes: { path: string; text: string }[] = [];
  for (const cb of project.callbacks) {
    const source = callbacks[cb.id];
    const rel = `callbacks/${cb.id}.ts`;
    if (source !== undefined && (await read(rel)) !== source) writes.push({ path: rel, text: source });
  }
  for (const [type, source] of Object.entries(components)) {
    const rel = componentEntry(type);
    if ((await read(rel)) !== source) writes.push({ path: rel, text: source });
  }
  const manifest = serializeProject(project);
  // The manifest goes in last.
  if ((await read(MANIFEST)) !== manifest) writes.push({ path: MANIFEST, text: manifest });
  const keep = new Set(project.callbacks.map((cb) => cb.id));
  const removed: string[] = [];
  for (const id of previous.callbackIds) {
    const rel = `callbacks/${id}.ts`;
    if (!keep.has(id) && ID_PATTERN.test(id) && (await read(rel)) !== undefined) removed.push(rel);
  }
  await fs.mkdir(path.join(dir, 'callbacks'), { recursive: true });
  await commitFiles(dir, writes, removed);
  return { written: writes.map((w) => w.path), removed };
}

function previousManifest(text: string | undefined): { version?: number; callbackIds: string[] } {
  let raw: unknown;
  try {
    raw = text === undefined ? undefined : JSON.parse(text);
  } catch {
    return { callbackIds: [] };
  }
  if (typeof raw !== 'object' || raw === null) return { callbackIds: [] };
  const doc = raw as { version?: unknown; callbacks?: unknown };
  const callbackIds = Array.isArray(doc.callbacks)
    ? doc.callbacks.flatMap((cb: unknown) => (typeof cb === 'object' && cb !== null && typeof (cb as { id?: unknown }).id === 'string' ? [(cb as { id: string }).id] : []))
    : [];
  return typeof doc.version === 'number' ? { version: doc.version, callbackIds } : { callbackIds };
}

function jsonErrorWithPosition(text: string, err: Error): string {
  const match = /position (\d+)/.exec(err.message);
  if (!match) return err.message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${err.message} (line ${line}, column ${column})`;
}

function fail(message: string, problem: Problem): LoadProjectResult {
  return { ok: false, message, problems: [problem] };
}

async function isDirectory(dir: string): Promise<boolean> {
  return fs.stat(dir).then((s) => s.isDirectory(), () => false);
}
