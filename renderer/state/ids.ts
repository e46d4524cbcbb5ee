import { ID_PATTERN, type Project } from '../../runtime/schema';

/** Every id in use: components, values and callbacks share one namespace. */
export function takenIds(project: Project): Set<string> {
  return new Set([
    ...project.components.map((c) => c.id),
    ...project.values.map((v) => v.id),
    ...project.callbacks.map((c) => c.id),
  ]);
}

/** `base` made into a valid id, then numbered (`slider`, `slider2`, `slider3`…) until it is free. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let clean = base.replace(/[^A-Za-z0-9_-]/g, '');
  if (!/^[A-Za-z]/.test(clean)) clean = `c${clean}`;
  if (!taken.has(clean)) return clean;
  const stem = clean.replace(/\d+$/, '') || clean;
  for (let n = 2; ; n++) {
    const candidate = `${stem}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Why `id` cannot be used as a new id, or null when it can. */
export function idError(id: string, taken: ReadonlySet<string>): string | null {
  if (!id) return 'an id cannot be empty';
  if (!ID_PATTERN.test(id)) return 'must start with a letter and hold only letters, digits, "_" or "-"';
  if (taken.has(id)) return `"${id}" is already used`;
  return null;
}
