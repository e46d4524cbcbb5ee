import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { parseProject } from '../schema/parse';
import type { Project } from '../schema/project';
import type { Problem } from '../schema/problems';
import type { CompiledComponent } from '../schema/componentModules';
import type { CompiledModule } from './worker/protocol';

export type { CompiledModule } from './worker/protocol';

/** A project with its callbacks compiled: what the app server runs. */
export interface CompiledApp {
  project: Project;
  /** Hash of the manifest, the sources and the compiled output. */
  revision: string;
  /** Server-placement callbacks that compiled, by callback id. */
  server: Record<string, CompiledModule>;
  /** ES module (browser) whose default export maps client callback ids to functions. */
  clientBundle?: string;
  /** The project's own component types that compiled (DESIGN §3b). */
  components?: CompiledComponent[];
  problems: Problem[];
}

/** The file an exported app carries instead of TypeScript sources. */
export const COMPILED_APP_FILE = 'compiled-app.json';

const problemSchema = z.object({
  path: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  target: z.object({ kind: z.enum(['component', 'callback', 'value']), id: z.string() }).optional(),
});

const fileSchema = z.object({
  format: z.literal('dashwright-compiled-app'),
  version: z.literal(1),
  project: z.unknown(),
  revision: z.string().min(1),
  server: z.record(z.string(), z.object({ code: z.string(), map: z.string(), bounded: z.boolean().optional(), boundedWork: z.number().positive().optional() })),
  clientBundle: z.string().optional(),
  components: z.array(z.object({ type: z.string().min(1), browser: z.string(), node: z.string(), hash: z.string().min(1) })).optional(),
  problems: z.array(problemSchema.loose()),
});

/** Writes `dir/compiled-app.json` atomically (the directory is created if needed). */
export async function writeCompiledApp(dir: string, app: CompiledApp): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, COMPILED_APP_FILE);
  const body = { format: 'dashwright-compiled-app', version: 1, ...app };
  await writeFileAtomic(file, JSON.stringify(body));
  return file;
}

/** Reads what writeCompiledApp wrote; throws an Error with a clear message when it cannot. */
export async function readCompiledApp(dir: string): Promise<CompiledApp> {
  const file = path.join(dir, COMPILED_APP_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a compiled Dashwright app: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  const project = parseProject(parsed.data.project);
  if (!project.ok) throw new Error(`${file} holds an invalid project: ${project.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const app: CompiledApp = {
    project: project.project,
    revision: parsed.data.revision,
    server: parsed.data.server,
    problems: parsed.data.problems as Problem[],
  };
  if (parsed.data.clientBundle !== undefined) app.clientBundle = parsed.data.clientBundle;
  if (parsed.data.components !== undefined) app.components = parsed.data.components;
  return app;
}
