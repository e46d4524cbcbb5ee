import type { z } from 'zod';
import { migrate } from './migrate';
import { projectSchema, type Project } from './project';
import type { Problem } from './problems';

export type ParseResult =
  | { ok: true; project: Project; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

/** JSON path such as components[2].grid.w from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

export function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
    severity: 'error' as const,
    code: 'schema',
  }));
}

/** Validate a parsed manifest: version check, migrations, then the zod schema. */
export function parseProject(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '(root)', message: 'the manifest must be a JSON object', severity: 'error', code: 'schema' }] };
  }
  const doc = raw as Record<string, unknown>;
  if (doc.format !== 'dashwright') {
    return { ok: false, problems: [{ path: 'format', message: 'must be "dashwright"', severity: 'error', code: 'schema' }] };
  }
  const migrated = migrate(doc);
  if (!migrated.ok) return { ok: false, problems: [{ path: 'version', message: migrated.message, severity: 'error', code: 'version' }] };
  const result = projectSchema.safeParse(migrated.doc);
  if (!result.success) return { ok: false, problems: zodProblems(result.error) };
  return migrated.migratedFrom === undefined
    ? { ok: true, project: result.data }
    : { ok: true, project: result.data, migratedFrom: migrated.migratedFrom };
}

/** Parse manifest text; JSON syntax errors become a problem with the position. */
export function parseProjectText(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: 'dashwright.json', message: `not valid JSON: ${(err as Error).message}`, severity: 'error', code: 'json' }] };
  }
  return parseProject(raw);
}

/** The manifest as written to disk: stable key order, two-space indent, trailing newline; a pattern binding without its filled-in `id`. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, (key, value: unknown) => (key === 'id' ? value : withoutPatternId(value)), 2)}\n`;
}

function withoutPatternId(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('pattern' in value) || !('prop' in value) || !('id' in value)) return value;
  const { id: _id, ...rest } = value as Record<string, unknown>;
  return rest;
}
