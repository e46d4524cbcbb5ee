import { formatPath } from '../schema/parse';
import { splitPropKey } from '../schema/project';
import { updateRequestSchema, type UpdateRequest } from '../contracts/wire';
import type { LoadedApp } from './loadedApp';

export type RequestCheck = { ok: true; request: UpdateRequest } | { ok: false; error: string };

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The request as updateRequestSchema would give it, for a body of the usual shape; undefined otherwise (zod decides then). */
function quickParse(body: unknown): UpdateRequest | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { changed, values, initial, callbacks } = body as Record<string, unknown>;
  if (!isStrings(changed)) return undefined;
  if (values !== undefined && (typeof values !== 'object' || values === null || Array.isArray(values) || Object.getPrototypeOf(values) !== Object.prototype)) return undefined;
  if (initial !== undefined && typeof initial !== 'boolean') return undefined;
  if (callbacks !== undefined && !isStrings(callbacks)) return undefined;
  const request: UpdateRequest = { changed, values: (values ?? {}) as Record<string, unknown> };
  if (initial !== undefined) request.initial = initial;
  if (callbacks !== undefined) request.callbacks = callbacks;
  return request;
}

/** Validates an update request body against the wire schema and the loaded app. */
export function checkUpdateRequest(app: LoadedApp, body: unknown): RequestCheck {
  let request = quickParse(body);
  if (!request) {
    const parsed = updateRequestSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `bad update request: ${issue ? `${formatPath(issue.path)}: ${issue.message}` : 'wrong shape'}` };
    }
    request = parsed.data;
  }
  for (const key of request.changed) {
    const why = unknownKeyReason(app, key);
    if (why) return { ok: false, error: `changed: ${why}` };
  }
  // Keys come from the body as sent: a parsed record would turn a "__proto__" key into a prototype.
  const rawValues = (body as { values?: unknown }).values;
  const sent = typeof rawValues === 'object' && rawValues !== null ? Object.entries(rawValues as Record<string, unknown>) : [];
  for (const [key, value] of sent) {
    const why = unknownKeyReason(app, key);
    if (why) return { ok: false, error: `values: ${why}` };
    const schema = app.keys.get(key);
    if (!schema || app.fastChecks.get(key)?.(value)) continue;
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
      return { ok: false, error: `values["${key}"]${where}: ${issue?.message ?? 'wrong type'}` };
    }
  }
  for (const id of request.callbacks ?? []) {
    if (!app.graph.callbacks.has(id)) return { ok: false, error: `callbacks: unknown callback "${id}"` };
  }
  return { ok: true, request };
}

function unknownKeyReason(app: LoadedApp, key: string): string | undefined {
  if (app.keys.has(key)) return undefined;
  const parts = splitPropKey(key);
  if (!parts) return `"${key}" is not an "id.prop" key`;
  const type = app.componentTypes.get(parts.id);
  if (type !== undefined) return `component "${parts.id}" (${type}) has no prop "${parts.prop}"`;
  if (app.valueKeys.has(`${parts.id}.value`)) return `value "${parts.id}" has only the prop "value"`;
  return `no component or value "${parts.id}" (in "${key}")`;
}

/** The `values` of an update request body, if it has an object there (for a repeat app's copies). */
export function sentValues(body: unknown): Readonly<Record<string, unknown>> {
  const values = typeof body === 'object' && body !== null ? (body as { values?: unknown }).values : undefined;
  return typeof values === 'object' && values !== null && !Array.isArray(values) ? (values as Record<string, unknown>) : {};
}
