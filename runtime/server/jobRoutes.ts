import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError, sendJson } from './http';
import type { JobQueue } from './jobs';

export const JOBS_PREFIX = '/_dashwright/jobs/';

/** Job ids are UUIDs; anything else cannot name a job. */
const JOB_ROUTE = /^([A-Za-z0-9-]{1,64})(\/cancel)?$/;

/**
 * GET  /_dashwright/jobs/<job>         → 200 JobStatus, or 404 {"error"} for an unknown or expired job
 * POST /_dashwright/jobs/<job>/cancel  → 200 JobStatus (state "cancelled", or how it had already ended)
 */
export async function serveJobs(req: IncomingMessage, res: ServerResponse, path: string, jobs: JobQueue): Promise<void> {
  const method = req.method ?? 'GET';
  const match = JOB_ROUTE.exec(path.slice(JOBS_PREFIX.length));
  if (!match) return sendError(res, 404, `no such page: ${path}`);
  const [, id, cancel] = match as unknown as [string, string, string | undefined];
  if (cancel) {
    if (method !== 'POST') return sendError(res, 405, `${method} is not allowed on ${path}; use POST`, { headers: { Allow: 'POST' } });
    req.resume(); // no body is needed; drain whatever came
    const status = await jobs.cancel(id);
    if (!status) return sendError(res, 404, unknownJob(id));
    return sendJson(res, 200, status);
  }
  const headOnly = method === 'HEAD';
  if (method !== 'GET' && !headOnly) return sendError(res, 405, `${method} is not allowed on ${path}; use GET`, { headers: { Allow: 'GET, HEAD' } });
  const status = await jobs.status(id);
  if (!status) return sendError(res, 404, unknownJob(id), { headOnly });
  sendJson(res, 200, status, { headOnly });
}

function unknownJob(id: string): string {
  return `no background job "${id}": it never existed, its result expired, or the server restarted`;
}
