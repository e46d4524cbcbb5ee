import type { z } from 'zod';
import { appSpecSchema, type AppSpec } from '../contracts/spec';
import { jobStatusSchema, NDJSON_TYPE, updatePartialSchema, updateResponseSchema, type JobStatus, type UpdatePartial, type UpdateRequest, type UpdateResponse } from '../contracts/wire';
import { formatPath } from '../schema/parse';
import { messageOf } from './errors';

/** The slice of fetch the runtime uses; window.fetch fits, and so does a test fake. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export type HttpResult<T> = { ok: true; value: T } | { ok: false; message: string; status?: number };

/** "<base>/<path>", or the bare relative path when there is no base (relative to the page). */
export function endpoint(baseUrl: string, path: string): string {
  if (!baseUrl) return path;
  return baseUrl.endsWith('/') ? `${baseUrl}${path}` : `${baseUrl}/${path}`;
}

async function failure(res: Response): Promise<string> {
  let detail = '';
  try {
    const text = await res.text();
    try {
      const body = JSON.parse(text) as { error?: unknown };
      detail = typeof body.error === 'string' ? body.error : text;
    } catch {
      detail = text;
    }
  } catch {
    // no body
  }
  return `HTTP ${res.status}${detail ? `: ${detail.slice(0, 300)}` : ''}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An answer parsed with its wire schema, or what is wrong with it. */
function answer<S extends z.ZodType>(schema: S, body: unknown, what: string): HttpResult<z.output<S>> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `the server sent a bad ${what}${issue ? ` (${formatPath(issue.path)}: ${issue.message})` : ''}` };
}

/** Reads a newline-delimited JSON answer: partial lines go to `onPartial`; the last other line is returned. */
async function readLines(res: Response, onPartial: (partial: UpdatePartial) => void): Promise<unknown> {
  let last: unknown;
  const take = (line: string): void => {
    if (line.trim() === '') return;
    const parsed: unknown = JSON.parse(line);
    const partial = isObject(parsed) && parsed.partial === true ? updatePartialSchema.safeParse(parsed) : null;
    if (partial?.success) onPartial(partial.data);
    else last = parsed;
  };
  if (!res.body) {
    for (const line of (await res.text()).split('\n')) take(line);
    return last;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      take(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
    }
    if (done) break;
  }
  take(buffered);
  return last;
}

export async function fetchSpec(fetchFn: FetchLike, baseUrl: string): Promise<HttpResult<AppSpec>> {
  try {
    const res = await fetchFn(endpoint(baseUrl, '_dashwright/spec'), { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!res.ok) return { ok: false, message: await failure(res) };
    const body: unknown = await res.json();
    if (!isObject(body) || !Array.isArray(body.components) || !Array.isArray(body.callbacks)) {
      return { ok: false, message: 'the server sent a spec without components or callbacks' };
    }
    return answer(appSpecSchema, body, 'spec');
  } catch (err) {
    return { ok: false, message: messageOf(err) };
  }
}

/**
 * POST /_dashwright/update. With `onPartial`, asks for the streamed answer (see UpdatePartial)
 * and passes each callback's outputs on as they come; the result is the complete response
 * either way (a server that does not stream answers with it alone).
 */
export async function postUpdate(fetchFn: FetchLike, baseUrl: string, request: UpdateRequest, onPartial?: (partial: UpdatePartial) => void): Promise<HttpResult<UpdateResponse>> {
  try {
    const res = await fetchFn(endpoint(baseUrl, '_dashwright/update'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: onPartial ? `${NDJSON_TYPE}, application/json` : 'application/json' },
      body: JSON.stringify(request),
    });
    if (!res.ok) return { ok: false, message: await failure(res) };
    const streamed = onPartial !== undefined && (res.headers.get('content-type') ?? '').startsWith(NDJSON_TYPE);
    const body: unknown = streamed ? await readLines(res, onPartial) : await res.json();
    if (!isObject(body) || !isObject(body.updates)) return { ok: false, message: 'the server answered without "updates"' };
    return answer(updateResponseSchema, body, 'update response');
  } catch (err) {
    return { ok: false, message: messageOf(err) };
  }
}

/** GET /_dashwright/jobs/<job>: a background job's state (a 404 means the server no longer knows it). */
export async function fetchJob(fetchFn: FetchLike, baseUrl: string, job: string): Promise<HttpResult<JobStatus>> {
  try {
    const res = await fetchFn(endpoint(baseUrl, `_dashwright/jobs/${encodeURIComponent(job)}`), { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!res.ok) return { ok: false, message: await failure(res), status: res.status };
    const body: unknown = await res.json();
    if (!isObject(body) || typeof body.state !== 'string') return { ok: false, message: 'the server answered without a job "state"' };
    return answer(jobStatusSchema, body, 'job status');
  } catch (err) {
    return { ok: false, message: messageOf(err) };
  }
}

/** POST /_dashwright/jobs/<job>/cancel */
export async function cancelJob(fetchFn: FetchLike, baseUrl: string, job: string): Promise<HttpResult<JobStatus>> {
  try {
    const res = await fetchFn(endpoint(baseUrl, `_dashwright/jobs/${encodeURIComponent(job)}/cancel`), { method: 'POST', headers: { accept: 'application/json' } });
    if (!res.ok) return { ok: false, message: await failure(res), status: res.status };
    return answer(jobStatusSchema, await res.json(), 'job status');
  } catch (err) {
    return { ok: false, message: messageOf(err) };
  }
}

/**
 * Absolute URL of the client callbacks module (a relative import() would resolve against
 * app.js, not the page), tagged with the revision so a reload never reuses a cached module.
 */
/** A URL the spec gives relative to the page, made absolute (import() would resolve it against the script instead). */
export function pageUrl(url: string, baseUrl: string): string {
  const base = baseUrl ? baseUrl.replace(/\/?$/, '/') : typeof document !== 'undefined' ? document.baseURI : '';
  try {
    return new URL(url, base).href;
  } catch {
    return endpoint(baseUrl, url);
  }
}

export function clientModuleUrl(spec: AppSpec, baseUrl: string): string | null {
  if (!spec.clientCallbacksUrl) return null;
  const base = baseUrl ? baseUrl.replace(/\/?$/, '/') : typeof document !== 'undefined' ? document.baseURI : '';
  let url: URL;
  try {
    url = new URL(spec.clientCallbacksUrl, base);
  } catch {
    return spec.clientCallbacksUrl;
  }
  if (spec.revision && !url.href.includes(spec.revision)) url.searchParams.set('v', spec.revision);
  return url.href;
}
