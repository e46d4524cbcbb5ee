import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { validateProject } from '../graph';
import type { Catalog } from '../schema/catalog';
import { formatPath, parseProject, serializeProject } from '../schema/parse';
import { FORMAT_VERSION, ID_PATTERN, projectSchema, type Project } from '../schema/project';
import type { Problem } from '../schema/problems';

export const MANIFEST = 'dashwright.json';

export type LoadProjectResult =
  | { ok: true; project: Project; callbacks: Record<string, string>; problems: Problem[]; migratedFrom?: number }
  | { ok: false; message: string; problems: Problem[] };

export interface LoadProjectOptions {
  /** When given, graph and wiring problems (validateProject) are included. */
  catalog?: Catalog;
}

/**
 * Reads a project folder (DESIGN §2). Never writes: a newer format version, bad JSON or a
 * manifest that fails the schema is refused with problems that say where.
 */
export async function loadProjectFolder(dir: string, options: LoadProjectOptions = {}): Promise<LoadProjectResult> {
  const manifestPath = path.join(dir, MANIFEST);
  let text: string;
  try {
    text = await fs.readFile(manifestPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? (await isDirectory(dir))
          ? `${dir} is not a Dashwright project: it has no ${MANIFEST}`
          : `${dir} does not exist or is not a folder`
        : `cannot read ${manifestPath}: ${(err as Error).message}`;
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
      try {
        callbacks[cb.id] = await fs.readFile(path.join(dir, 'callbacks', `${cb.id}.ts`), 'utf8');
      } catch {
        // reported below as a missing module
      }
    }),
  );
  const found = new Set(Object.keys(callbacks));
  const problems = options.catalog
    ? validateProject(project, options.catalog, { callbackIds: found })
    : project.callbacks.flatMap((cb, i): Problem[] =>
        found.has(cb.id)
          ? []
          : [{ path: `callbacks[${i}]`, message: `callback "${cb.id}" has no module callbacks/${cb.id}.ts`, severity: 'error', code: 'missing-module', target: { kind: 'callback', id: cb.id } }],
      );
  return parsed.migratedFrom === undefined
    ? { ok: true, project, callbacks, problems }
    : { ok: true, project, callbacks, problems, migratedFrom: parsed.migratedFrom };
}

export interface SaveResult {
  /** Project-relative paths written (unchanged files are skipped). */
  written: string[];
  /** Callback modules removed because their callback was deleted. */
  removed: string[];
}

/**
 * Writes a project folder. Each file is replaced atomically (temp file, fsync, rename), so a
 * crash leaves either the old or the new file, never a torn one. Callback modules go first and
 * the manifest last; modules of callbacks that the previous manifest had and this one does not
 * are removed afterwards (other files in callbacks/, such as helpers, are left alone).
 */
export async function saveProjectFolder(dir: string, project: Project, callbacks: Record<string, string>): Promise<SaveResult> {
  const checked = projectSchema.safeParse(project);
  if (!checked.success) {
    const details = checked.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
    throw new Error(`refusing to save an invalid project: ${details}`);
  }
  const manifestPath = path.join(dir, MANIFEST);
  const previous = await readPreviousManifest(manifestPath);
  if (previous.version !== undefined && previous.version > FORMAT_VERSION) {
    throw new Error(`refusing to overwrite ${manifestPath}: it uses format version ${previous.version}, newer than this Dashwright writes (${FORMAT_VERSION})`);
  }
  await fs.mkdir(path.join(dir, 'callbacks'), { recursive: true });
  const written: string[] = [];
  for (const cb of checked.data.callbacks) {
    const source = callbacks[cb.id];
    if (source === undefined) continue;
    const rel = `callbacks/${cb.id}.ts`;
    if (await writeIfChanged(path.join(dir, rel), source)) written.push(rel);
  }
  if (await writeIfChanged(manifestPath, serializeProject(checked.data))) written.push(MANIFEST);
  const keep = new Set(checked.data.callbacks.map((cb) => cb.id));
  const removed: string[] = [];
  for (const id of previous.callbackIds) {
    if (keep.has(id) || !ID_PATTERN.test(id)) continue;
    const rel = `callbacks/${id}.ts`;
    try {
      await fs.unlink(path.join(dir, rel));
      removed.push(rel);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return { written, removed };
}

async function writeIfChanged(file: string, text: string): Promise<boolean> {
  const old = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (old === text) return false;
  await writeFileAtomic(file, text);
  return true;
}

async function readPreviousManifest(file: string): Promise<{ version?: number; callbackIds: string[] }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
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
